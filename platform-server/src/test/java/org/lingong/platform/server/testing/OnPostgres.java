package org.lingong.platform.server.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs a whole Spring HTTP test class (a {@link PlatformHttpTest}) against PostgreSQL instead of H2: a private schema
 * with a random name is created for the class, the server's datasource and Flyway point at it, every test checks that
 * the server really runs on PostgreSQL, and the schema is dropped after the class. An unreachable PostgreSQL skips the
 * class with the reason, or fails it under CI (see {@link PostgresAvailability}). Usage:
 * {@code @OnPostgres class JobSyncOnPostgresTest extends JobSyncTest { }}. The class's Spring context serves no other
 * class, so it is closed after the class ({@link DirtiesContext}): its pool's connections go back to PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(OnPostgresExtension.class)
@ContextCustomizerFactories(OnPostgresExtension.class)
@DirtiesContext
public @interface OnPostgres {
}
