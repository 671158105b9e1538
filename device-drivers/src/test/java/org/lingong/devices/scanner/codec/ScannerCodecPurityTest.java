package org.lingong.devices.scanner.codec;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The scanner codec is pure: functions over bytes and timestamps, no ports, files, sockets, threads or clocks. */
class ScannerCodecPurityTest {

    private final JavaClasses codec = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lingong.devices.scanner.codec");

    @Test
    void dependsOnNoIoThreadsOrClock() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.fazecast..", "java.net..", "java.io..",
                        "java.nio.file..", "java.nio.channels..", "java.util.concurrent..", "org.lingong.devices.transport..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(Thread.class.getName())
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("codec packages are pure functions over byte[]")
                .check(codec);
    }
}
