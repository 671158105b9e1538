package org.lingong.platform.api.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;
import org.lingong.architecture.HouseRules;

/** The contract module is shared by server and client, so it depends on the JDK only. */
class ContractDependenciesTest {

    private final JavaClasses contract = HouseRules.productionClasses("org.lingong.platform.api");

    @Test
    void codecsArePure() {
        HouseRules.codecsArePure().check(contract);
    }

    @Test
    void noJavaFxOrSpring() {
        HouseRules.noJavaFxOrSpringInLibrary("platform-api").check(contract);
    }

    @Test
    void noPackageCycles() {
        HouseRules.noPackageCycles("org.lingong.platform.api").check(contract);
    }

    @Test
    void contractDependsOnTheJdkOnly() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.lingong.platform.api..")
                .because("platform-api is the contract shared by server and kiosk client: records, signing, tokens")
                .check(contract);
    }

    @Test
    void contractNeverPrintsToTheConsole() {
        GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(contract);
    }
}
