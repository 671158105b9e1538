package org.lingong.platform.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.lingong.architecture.HouseRules;

/** The shared house rules and the layering rules for backend-client main code (tests may use anything, e.g. the platform server). */
@AnalyzeClasses(packages = "org.lingong.platform.client", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noSpringOrJavaFx = HouseRules.noJavaFxOrSpringInLibrary("backend-client");

    @ArchTest
    static final ArchRule codecsArePure = HouseRules.codecsArePure();

    @ArchTest
    static final ArchRule noServerCode = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.lingong.platform.server..")
            .because("client and server share only the platform-api contract");

    @ArchTest
    static final ArchRule noStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule slf4jOnly = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("ch.qos.logback..", "org.apache.logging..", "org.apache.commons.logging..", "org.apache.log4j..")
            .because("libraries log through SLF4J only");

    @ArchTest
    static final ArchRule featurePackagesFreeOfCycles = HouseRules.noPackageCycles("org.lingong.platform.client");
}
