package org.lingong.devices.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JODATIME;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lingong.architecture.HouseRules;

/** The shared house rules and the layering rules of device-drivers (docs/device-drivers.md), on the production classes. */
class DeviceDriversArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = HouseRules.productionClasses("org.lingong.devices");
    }

    @Test
    void codecsArePure() {
        HouseRules.codecsArePure().check(classes);
    }

    @Test
    void noJavaFxOrSpring() {
        HouseRules.noJavaFxOrSpringInLibrary("device-drivers").check(classes);
    }

    @Test
    void noPackageCycles() {
        HouseRules.noPackageCycles("org.lingong.devices").check(classes);
    }

    @Test
    void codecPackagesKnowNoTransportSimulatorLoggingOrThreads() {
        noClasses().that().resideInAPackage("..codec..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.lingong.devices.transport..", "org.lingong.devices.sim..", "org.slf4j..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
                .because("codecs are pure functions over byte[]; I/O lives in transports and drivers")
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
