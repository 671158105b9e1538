package org.lingong.platform.server.testing;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registers an H2 database and a PostgreSQL schema for one test class (created before, dropped
 * after). Use with {@code @ParameterizedTest @MethodSource} returning {@link #databases()} and call
 * {@link #assumeAvailable(TestDatabase)} first: an unreachable PostgreSQL skips with a clear message.
 */
public final class BothDatabases implements BeforeAllCallback, AfterAllCallback {

    private List<TestDatabase> databases = List.of();

    @Override
    public void beforeAll(ExtensionContext context) {
        databases = List.of(TestDatabase.h2(), TestDatabase.postgres());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        databases.forEach(TestDatabase::drop);
    }

    public Stream<TestDatabase> databases() {
        return databases.stream();
    }

    public static void assumeAvailable(TestDatabase db) {
        PostgresAvailability.require(db.available(), db.unavailableReason());
    }
}
