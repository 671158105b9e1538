package org.lingong.platform.server.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A private schema with a random name in the test PostgreSQL server, for running a whole Spring
 * HTTP test class against PostgreSQL (see {@link OnPostgres}): {@link #properties()} point the datasource
 * and Flyway at it, {@link #assumeAvailable()} skips with a clear message if the server is unreachable
 * (fails under CI), {@link #drop()} removes it.
 */
public final class PostgresSchema {

    private static final String URL = envOr("LINGONG_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = envOr("LINGONG_TEST_PG_USER", "postgres");

    private final String name = "lg_http_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    private final String unavailableReason;

    public PostgresSchema() {
        String reason = null;
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            reason = "PostgreSQL at " + URL + " is unreachable (" + e.getMessage() + "): PostgreSQL run skipped";
        }
        this.unavailableReason = reason;
    }

    public void assumeAvailable() {
        PostgresAvailability.require(unavailableReason == null, unavailableReason);
    }

    public Map<String, Object> properties() {
        return Map.of("spring.datasource.url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + name,
                "spring.datasource.username", USER,
                "spring.datasource.password", "",
                "spring.flyway.schemas", name);
    }

    public void drop() {
        if (unavailableReason != null) {
            return;
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + name + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop test schema " + name, e);
        }
    }

    private static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(URL, USER, "");
    }

    private static String envOr(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
