package org.lingong.platform.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The machinery behind {@link OnPostgres}: one {@link PostgresSchema} per test class, made before the class (skip or
 * CI failure when PostgreSQL is unreachable) and dropped after it; as a {@link ContextCustomizerFactory} it points the
 * class's Spring context at that schema (one context per class, as {@code @DynamicPropertySource} did).
 */
public final class OnPostgresExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback, ContextCustomizerFactory {

    private static final Map<Class<?>, PostgresSchema> SCHEMAS = new ConcurrentHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        schemaOf(context.getRequiredTestClass()).assumeAvailable();
    }

    /** The server under test really runs on PostgreSQL (not the H2 of the inherited tests). */
    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        DataSource dataSource = SpringExtension.getApplicationContext(context).getBean(DataSource.class);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).as("database of the server under test")
                    .isEqualTo("PostgreSQL");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        PostgresSchema schema = SCHEMAS.remove(context.getRequiredTestClass());
        if (schema != null) {
            schema.drop();
        }
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new SchemaProperties(testClass);
    }

    private static PostgresSchema schemaOf(Class<?> testClass) {
        return SCHEMAS.computeIfAbsent(testClass, type -> new PostgresSchema());
    }

    /** Datasource and Flyway settings of the class's schema, ahead of every other property source. */
    private record SchemaProperties(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("postgres-schema", schemaOf(testClass).properties()));
        }
    }
}
