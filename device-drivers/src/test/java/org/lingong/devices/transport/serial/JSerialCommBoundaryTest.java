package org.lingong.devices.transport.serial;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** jSerialComm's weak signals end in transport.serial: the life cycle, the scanner and the spec parser never see it. */
class JSerialCommBoundaryTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lingong.devices.lifecycle", "org.lingong.devices.scanner",
                    "org.lingong.devices.transport.spec");

    @Test
    void onlyTheSerialTransportPackageTouchesJSerialComm() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.fazecast..")
                .because("SerialTransport translates jSerialComm's booleans, -1 and events into TransportException")
                .check(classes);
    }
}
