package org.lingong.platform.server.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
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
 * The machinery behind {@link OnPostgres}: one {@link PostgresSchema} per test JVM, made when the first class needs it
 * (skip or CI failure when PostgreSQL is unreachable) and dropped when the JVM ends; as a {@link ContextCustomizerFactory}
 * it points the Spring context at that schema. The customizer is the same for every class, so the classes share one
 * cached context.
 */
public final class OnPostgresExtension implements BeforeAllCallback, BeforeEachCallback, ContextCustomizerFactory {

    @Override
    public void beforeAll(ExtensionContext context) {
        SharedSchema.SCHEMA.assumeAvailable();
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
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new SchemaProperties();
    }

    /** The JVM's schema, created on first use and dropped at JVM exit. */
    private static final class SharedSchema {

        static final PostgresSchema SCHEMA = create();

        private static PostgresSchema create() {
            PostgresSchema schema = new PostgresSchema();
            Runtime.getRuntime().addShutdownHook(new Thread(schema::drop, "drop-test-schema"));
            return schema;
        }
    }

    /**
     * Datasource and Flyway settings of the shared schema, ahead of every other property source. Equal to every other
     * instance (a record without components): the classes' context configurations, and so their contexts, are one.
     */
    private record SchemaProperties() implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("postgres-schema", SharedSchema.SCHEMA.properties()));
        }
    }
}
