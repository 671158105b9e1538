package org.lingong.devices.printer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class PrinterArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lingong.devices.printer");

    @Test
    void codecIsPureFunctionsOverBytes() {
        noClasses().that().resideInAPackage("org.lingong.devices.printer.codec..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net..", "java.nio.file..", "java.awt..",
                        "javax.imageio..", "com.fazecast..", "org.lingong.devices.transport..", "org.slf4j..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
                .because("codec packages are pure functions over byte[]")
                .check(classes);
    }

    @Test
    void driverDoesNotDependOnTheSimulator() {
        noClasses().that().resideInAPackage("org.lingong.devices.printer")
                .should().dependOnClassesThat().resideInAPackage("org.lingong.devices.printer.sim..")
                .because("the kiosk ships the driver without relying on the simulator")
                .check(classes);
    }
}
