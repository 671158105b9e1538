package org.lingong.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.metaAnnotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import java.util.List;

import com.tngtech.archunit.lang.ArchRule;

/**
 * Layering of a Spring server packaged by feature (platform-server): the layers are recognised by their stereotype,
 * not by package. Annotation names are strings so the rules need no Spring on their own class path.
 */
public final class SpringServerRules {

    private static final String CONTROLLER = "org.springframework.stereotype.Controller";
    private static final String CONTROLLER_ADVICE = "org.springframework.web.bind.annotation.ControllerAdvice";
    private static final String SERVICE = "org.springframework.stereotype.Service";
    private static final String REPOSITORY = "org.springframework.stereotype.Repository";

    private SpringServerRules() {
    }

    /** Web (controllers and their advice) → service → repository; nothing calls back up, web never skips the service. */
    public static ArchRule webThenServiceThenRepository(List<KnownViolation> exceptions) {
        ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Web").definedBy(metaAnnotatedWith(CONTROLLER).or(metaAnnotatedWith(CONTROLLER_ADVICE)))
                .layer("Service").definedBy(metaAnnotatedWith(SERVICE))
                .layer("Repository").definedBy(metaAnnotatedWith(REPOSITORY))
                .whereLayer("Web").mayNotBeAccessedByAnyLayer()
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Web")
                .whereLayer("Repository").mayOnlyBeAccessedByLayers("Service")
                .because("controllers translate HTTP, services hold the rules, repositories hold the SQL");
        return HouseRules.except(layers, exceptions);
    }

    /** No controller touches JDBC (JdbcTemplate, NamedParameterJdbcTemplate, JdbcClient, DataSource, java.sql) itself. */
    public static ArchRule controllersDoNotTouchJdbc(List<KnownViolation> exceptions) {
        ArchRule rule = noClasses().that().areMetaAnnotatedWith(CONTROLLER).or().areMetaAnnotatedWith(CONTROLLER_ADVICE)
                .should().dependOnClassesThat(resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql.."))
                .because("SQL lives in repositories, where it is tested against H2 and PostgreSQL");
        return HouseRules.except(rule, exceptions);
    }
}
