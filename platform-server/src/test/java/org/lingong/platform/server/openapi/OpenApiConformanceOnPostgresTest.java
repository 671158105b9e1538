package org.lingong.platform.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lingong.platform.server.testing.PostgresSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The OpenAPI conformance run against a server on PostgreSQL (a private schema). */
class OpenApiConformanceOnPostgresTest extends OpenApiConformanceTest {

    private static final PostgresSchema SCHEMA = new PostgresSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @BeforeAll
    static void requirePostgres() {
        SCHEMA.assumeAvailable();
    }

    @Test
    void serverRunsOnPostgres(@Autowired DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.drop();
    }
}
