package org.lingong.devices.idcard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The ID-card codec stays pure; the driver stays independent of serial libraries. */
class IdCardArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.lingong.devices.idcard");

    @Test
    void codecIsPureFunctionsOverBytes() {
        noClasses().that().resideInAPackage("..idcard.codec..")
                .should().dependOnClassesThat().resideInAnyPackage("com.fazecast..", "java.net..",
                        "java.io..", "java.util.concurrent..", "org.lingong.devices.transport..",
                        "org.lingong.devices.sim..", "org.lingong.devices.idcard.sim..", "org.slf4j..")
                .orShould().dependOnClassesThat().areAssignableTo(Thread.class)
                .because("codec packages are pure functions over byte[]")
                .check(MAIN);
    }

    @Test
    void driverDoesNotKnowSerialLibrariesOrTheSimulator() {
        noClasses().that().resideInAPackage("org.lingong.devices.idcard")
                .should().dependOnClassesThat().resideInAnyPackage("com.fazecast..", "..idcard.sim..")
                .because("the driver talks to any Transport; simulators are for tests and the demo mode")
                .check(MAIN);
    }

    @Test
    void nothingPrintsToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("SLF4J only")
                .check(MAIN);
    }
}
