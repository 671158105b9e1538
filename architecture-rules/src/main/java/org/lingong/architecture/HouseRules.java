package org.lingong.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules every module applies (the layering described in the README and docs/). A module's architecture test checks these on
 * its production classes, adds its own rules, and lists its exceptions as {@link KnownViolation}s with a reason each.
 */
public final class HouseRules {

    private HouseRules() {
    }

    /**
     * The production classes below {@code basePackage}: no tests and no Spring AOT output ({@code …__BeanDefinitions},
     * generated into the same packages when the module is packaged), so the result does not depend on the build phase.
     */
    public static JavaClasses productionClasses(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("__"))
                .importPackages(basePackage);
    }

    /** Protocol codecs ({@code ..codec..} packages) are pure functions over bytes: no serial ports, sockets or files. */
    public static ArchRule codecsArePure() {
        return noClasses().that().resideInAPackage("..codec..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.fazecast..", "java.net..", "javax.net..", "java.nio.file..", "java.nio.channels..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
                .because("codec packages are pure functions over byte[]; ports, sockets and files live in transports")
                .allowEmptyShould(true);
    }

    /** Libraries (device-drivers, backend-client, platform-api) know neither JavaFX nor Spring. */
    public static ArchRule noJavaFxOrSpringInLibrary(String module) {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.springframework..")
                .because(module + " is a plain Java library; the applications choose the UI toolkit and do the wiring");
    }

    /**
     * No package cycles between the first-level packages below {@code basePackage}. Each known cycle is a documented
     * exception; any other cycle, including a longer one through the same packages, fails.
     */
    public static ArchRule noPackageCycles(String basePackage, KnownViolation.Cycle... knownCycles) {
        ArchRule rule = slices().matching(basePackage + ".(*)..").should().beFreeOfCycles()
                .because("packages by feature depend on each other in one direction only");
        return new RuleWithKnownViolations(rule, List.of(knownCycles));
    }

    /** Lets the documented exceptions of a module pass a rule; every other violation still fails. */
    public static ArchRule except(ArchRule rule, List<? extends KnownViolation> exceptions) {
        return new RuleWithKnownViolations(rule, List.copyOf(exceptions));
    }
}
