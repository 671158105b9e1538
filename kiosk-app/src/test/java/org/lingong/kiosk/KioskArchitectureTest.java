package org.lingong.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.domain.JavaClasses;

import org.junit.jupiter.api.Test;
import org.lingong.architecture.HouseRules;
import org.lingong.architecture.KnownViolation;

/** MVVM and wiring boundaries of the kiosk app. */
class KioskArchitectureTest {

    private static final JavaClasses KIOSK = HouseRules.productionClasses("org.lingong.kiosk");

    /**
     * The package cycles kiosk-app has today, each with its cause; issue 11 item 1 (features own their wiring, the
     * shell knows no feature by name, shared pieces move to theme) removes them. Delete an entry when its cycle is
     * gone; never add one: a new cycle fails this test.
     */
    private static final KnownViolation.Cycle[] KNOWN_CYCLES = {
        KnownViolation.cycle("ShellView.Parts holds AttractViewModel; attract uses shell.Screen and ScreenNavigator",
                "attract", "shell"),
        KnownViolation.cycle("ShellView.Parts holds RegistrationViewModel; registration navigates via shell.ScreenNavigator",
                "registration", "shell"),
        KnownViolation.cycle("ShellView.Parts holds SearchViewModel; search navigates via shell.ScreenNavigator",
                "search", "shell"),
        KnownViolation.cycle("CardPlacementRouter uses WorkerRecognition; RecognitionConfiguration builds the card router",
                "card", "recognition"),
        KnownViolation.cycle("QrScanRouter uses recognition.WorkerCodes; RecognitionConfiguration builds all of scanning",
                "recognition", "scan"),
        KnownViolation.cycle("Messages implements session.SessionScoped; the idle overlay in session binds Messages",
                "i18n", "session"),
        KnownViolation.cycle("ContentConfiguration reads platform.PlatformContent; platform.OutboxSignUpSink implements content.SignUpSink",
                "content", "platform"),
        KnownViolation.cycle("search offers the work types of registration.JobCategorySource (one list for both); ShellView.Parts holds both "
                + "view models. Goes with the shell that knows no feature and a work-type package of its own",
                "registration", "shell", "search"),
    };

    @Test
    void viewModelsHoldPropertiesButKnowNoNodesStagesOrSpring() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .or().haveSimpleName("IdleSession").or().haveSimpleName("ScreenNavigator").or().haveSimpleName("Messages")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..",
                        "org.springframework..")
                .because("view models are tested without a toolkit and views bind to them, not the other way round")
                .check(KIOSK);
    }

    @Test
    void onlyConfigurationAndStartupClassesKnowSpring() {
        classes().that().resideInAPackage("org.lingong.kiosk..")
                .and().haveSimpleNameNotEndingWith("Configuration")
                .and().haveSimpleNameNotContaining("__")
                .and().resideOutsideOfPackage("org.lingong.kiosk.config..")
                .and().doNotHaveSimpleName("SpringStartup")
                .and().doNotHaveSimpleName("KioskApp")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("org.springframework..")
                .because("Spring creates the objects; the rest of the kiosk is plain Java and JavaFX")
                .check(KIOSK);
    }

    @Test
    void viewModelsNeverDependOnViews() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
                .check(KIOSK);
    }

    @Test
    void codecsArePure() {
        HouseRules.codecsArePure().check(KIOSK);
    }

    @Test
    void noPackageCyclesBeyondTheDocumentedOnes() {
        HouseRules.noPackageCycles("org.lingong.kiosk", KNOWN_CYCLES).check(KIOSK);
    }

    @Test
    void noStandardStreams() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because("SLF4J only").check(KIOSK);
    }
}
