package org.lingong.platform.server.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A freshly migrated database for repository tests: an in-memory H2 database, or a private schema
 * with a random name in the PostgreSQL server on 127.0.0.1:5432 (database {@code test}, user
 * {@code postgres}; override with {@code LINGONG_TEST_PG_URL/_USER}), dropped by {@link #drop()}. Not
 * AutoCloseable on purpose: JUnit would close it after the first parameterized invocation.
 */
public final class TestDatabase {

    private static final String PG_URL = env("LINGONG_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String PG_USER = env("LINGONG_TEST_PG_USER", "postgres");

    private final String name;
    private final HikariDataSource dataSource;
    private final String pgSchema;
    private final String unavailableReason;

    private TestDatabase(String name, HikariDataSource dataSource, String pgSchema, String unavailableReason) {
        this.name = name;
        this.dataSource = dataSource;
        this.pgSchema = pgSchema;
        this.unavailableReason = unavailableReason;
    }

    public static TestDatabase h2() {
        HikariDataSource ds = pool("jdbc:h2:mem:repo-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", null);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return new TestDatabase("H2", ds, null, null);
    }

    /** A PostgreSQL schema of its own, or an unavailable database (tests then skip with the reason). */
    public static TestDatabase postgres() {
        String schema = "lg_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection admin = connect(); Statement statement = admin.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            return new TestDatabase("PostgreSQL", null, null,
                    "PostgreSQL at " + PG_URL + " is unreachable (" + e.getMessage() + "): PostgreSQL run skipped");
        }
        HikariDataSource ds = pool(PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema, PG_USER, "");
        Flyway.configure().dataSource(ds).schemas(schema).defaultSchema(schema).locations("classpath:db/migration")
                .load().migrate();
        return new TestDatabase("PostgreSQL", ds, schema, null);
    }

    public boolean available() {
        return unavailableReason == null;
    }

    public String unavailableReason() {
        return unavailableReason;
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    public JdbcTemplate template() {
        return new JdbcTemplate(dataSource);
    }

    public TransactionTemplate transactions() {
        return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    /** Closes the pool and drops the PostgreSQL schema. */
    public void drop() {
        if (dataSource != null) {
            dataSource.close();
        }
        if (pgSchema != null) {
            try (Connection admin = connect(); Statement statement = admin.createStatement()) {
                statement.execute("DROP SCHEMA " + pgSchema + " CASCADE");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop test schema " + pgSchema, e);
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }

    private static Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(PG_URL, PG_USER, "");
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
