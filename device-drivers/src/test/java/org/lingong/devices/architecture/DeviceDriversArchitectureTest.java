package org.lingong.devices.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JODATIME;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layering rules of device-drivers (docs/device-drivers.md), checked on the production classes. */
class DeviceDriversArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lingong.devices");
    }

    @Test
    void codecPackagesArePureFunctionsOverBytes() {
        ArchRule rule = noClasses().that().resideInAPackage("..codec..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.fazecast..", "java.net..", "java.nio.file..", "java.nio.channels..",
                        "org.lingong.devices.transport..", "org.lingong.devices.sim..", "org.slf4j..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
                .because("codecs are pure functions over byte[]; I/O lives in transports and drivers");
        rule.check(classes);
    }

    @Test
    void noJavaFxOrSpringInDeviceDrivers() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.springframework..")
                .because("device-drivers is a plain Java library usable by the kiosk, the CLI and tests")
                .check(classes);
    }

    @Test
    void onlyTheCliWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("org.lingong.devices.cli..")
                .should(ACCESS_STANDARD_STREAMS)
                .because("libraries log through SLF4J; only the technician CLI talks to the terminal")
                .check(classes);
    }

    @Test
    void loggingGoesThroughSlf4jOnly() {
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(classes);
        NO_CLASSES_SHOULD_USE_JODATIME.check(classes);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.apache.logging.log4j..", "org.apache.log4j..", "org.apache.commons.logging..",
                        "ch.qos.logback..")
                .because("SLF4J is the only logging API in libraries; the backend is chosen by the application")
                .check(classes);
    }

    @Test
    void driversDoNotDependOnSimulators() {
        noClasses().that().resideInAnyPackage(
                        "org.lingong.devices.idcard", "org.lingong.devices.idcard.codec",
                        "org.lingong.devices.printer", "org.lingong.devices.printer.codec",
                        "org.lingong.devices.scanner", "org.lingong.devices.scanner.codec",
                        "org.lingong.devices.transport..", "org.lingong.devices.lifecycle..")
                .should().dependOnClassesThat().resideInAPackage("..sim..")
                .because("simulators stand on the device side of the wire; drivers must work without them")
                .check(classes);
    }

    @Test
    void transportsKnowNoDeviceProtocol() {
        noClasses().that().resideInAPackage("org.lingong.devices.transport..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.lingong.devices.idcard..", "org.lingong.devices.printer..", "org.lingong.devices.scanner..")
                .check(classes);
    }
}
