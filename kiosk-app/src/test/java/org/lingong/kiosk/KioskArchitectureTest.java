package org.lingong.kiosk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/** MVVM and wiring boundaries of the kiosk app. */
class KioskArchitectureTest {

    /** Spring AOT output (…__BeanDefinitions) is generated into the same packages after packaging. */
    private static final JavaClasses KIOSK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lingong.kiosk");

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
    void noStandardStreams() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because("SLF4J only").check(KIOSK);
    }
}
