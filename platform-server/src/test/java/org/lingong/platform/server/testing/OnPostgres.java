package org.lingong.platform.server.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextCustomizerFactories;

/**
 * Runs a whole Spring HTTP test class (a {@link PlatformHttpTest}) against PostgreSQL instead of H2: the server's
 * datasource and Flyway point at a private schema with a random name, every test checks that the server really runs on
 * PostgreSQL, and the schema is dropped when the test JVM ends. An unreachable PostgreSQL skips the class with the
 * reason, or fails it under CI (see {@link PostgresAvailability}). Usage:
 * {@code @OnPostgres class JobSyncOnPostgresTest extends JobSyncTest { }}. Like the H2 classes, which share one
 * server and database, all {@code @OnPostgres} classes of a JVM share one schema and one Spring context (one server
 * start and one Flyway migration instead of one per class).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(OnPostgresExtension.class)
@ContextCustomizerFactories(OnPostgresExtension.class)
public @interface OnPostgres {
}
