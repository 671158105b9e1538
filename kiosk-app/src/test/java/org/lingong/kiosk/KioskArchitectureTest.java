package org.lingong.kiosk;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.domain.JavaClasses;

import org.junit.jupiter.api.Test;
import org.lingong.architecture.HouseRules;

/** MVVM and wiring boundaries of the kiosk app. */
class KioskArchitectureTest {

    private static final JavaClasses KIOSK = HouseRules.productionClasses("org.lingong.kiosk");

    /** What the shell may know: the shared infrastructure below every feature, never a feature. */
    private static final String[] BELOW_THE_SHELL = {"org.lingong.kiosk.shell..", "org.lingong.kiosk.config..",
        "org.lingong.kiosk.executor..", "org.lingong.kiosk.i18n..", "org.lingong.kiosk.session..",
        "org.lingong.kiosk.status..", "org.lingong.kiosk.theme.."};

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

    /** Issue 11: the 8 documented cycles are gone (README "Packages"); no exception is allowed, none may come back. */
    @Test
    void noPackageCycles() {
        HouseRules.noPackageCycles("org.lingong.kiosk").check(KIOSK);
    }

    @Test
    void theShellKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.lingong.kiosk.shell..")
                .should().dependOnClassesThat(resideInAPackage("org.lingong.kiosk..").and(not(resideInAnyPackage(BELOW_THE_SHELL))))
                .because("features contribute their screens (ScreenViewFactory) and shell pieces (ShellExtension) as beans; "
                        + "the shell only collects them")
                .check(KIOSK);
    }

    @Test
    void noStandardStreams() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because("SLF4J only").check(KIOSK);
    }
}
