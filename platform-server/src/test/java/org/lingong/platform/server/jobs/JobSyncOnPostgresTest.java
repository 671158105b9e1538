package org.lingong.platform.server.jobs;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.lingong.platform.server.testing.PostgresSchema;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every test of {@link JobSyncTest}, over HTTP against a server on PostgreSQL (a private schema). */
class JobSyncOnPostgresTest extends JobSyncTest {

    private static final PostgresSchema SCHEMA = new PostgresSchema();

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        SCHEMA.register(registry);
    }

    @BeforeAll
    static void requirePostgres() {
        SCHEMA.assumeAvailable();
    }

    @AfterAll
    static void dropSchema() {
        SCHEMA.drop();
    }
}
