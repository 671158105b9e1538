package org.lingong.platform.client.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Opens one of the kiosk's SQLite files and proves it is ours before touching it: the 16-byte SQLite
 * header, {@code PRAGMA application_id}, {@code PRAGMA user_version} and {@code PRAGMA quick_check}.
 * A new or empty file gets the schema. WAL journal with {@code synchronous=FULL}: a committed
 * transaction has been fsynced to the WAL before commit returns, so it survives power loss
 * (NORMAL could lose the last commits on power loss, which the outbox must not).
 */
public final class SqliteFile {

    private static final byte[] HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /**
     * @param applicationId the 32-bit id stamped into the file header (e.g. ASCII {@code LGOB})
     * @param version       schema version kept in {@code user_version}
     * @param schema        statements creating the schema of a new file
     */
    public record Format(String name, int applicationId, int version, List<String> schema) {
    }

    private SqliteFile() {
    }

    /** Opens or creates {@code file}; the connection is in auto-commit mode. */
    public static Connection open(Path file, Format format) {
        boolean fresh = isNewOrEmpty(file);
        if (!fresh) {
            checkHeader(file, format);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try {
                configure(connection);
                if (fresh) {
                    create(connection, format);
                } else {
                    verify(connection, file, format);
                }
                return connection;
            } catch (RuntimeException | SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException | IOException e) {
            throw new StoreFormatException(file, StoreFormatException.Problem.CORRUPTED,
                    "cannot open the " + format.name() + " database: " + e.getMessage(), e);
        }
    }

    private static boolean isNewOrEmpty(Path file) {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void checkHeader(Path file, Format format) {
        byte[] start = new byte[HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            throw new StoreFormatException(file, StoreFormatException.Problem.CORRUPTED, "cannot read the file: " + e.getMessage(), e);
        }
        if (read < HEADER.length || !Arrays.equals(start, HEADER)) {
            throw new StoreFormatException(file, StoreFormatException.Problem.NOT_SQLITE,
                    "not an SQLite database, so not a " + format.name() + " (foreign or corrupted file)");
        }
    }

    private static void configure(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("PRAGMA foreign_keys = ON");
        }
    }

    private static void create(Connection connection, Format format) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String sql : format.schema()) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA application_id = " + format.applicationId());
            statement.execute("PRAGMA user_version = " + format.version());
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void verify(Connection connection, Path file, Format format) throws SQLException {
        int applicationId = intPragma(connection, "application_id");
        if (applicationId != format.applicationId()) {
            throw new StoreFormatException(file, StoreFormatException.Problem.FOREIGN, String.format(
                    "application_id is 0x%08X, a %s has 0x%08X: this file belongs to something else",
                    applicationId, format.name(), format.applicationId()));
        }
        int version = intPragma(connection, "user_version");
        if (version > format.version()) {
            throw new StoreFormatException(file, StoreFormatException.Problem.NEWER_VERSION,
                    "schema version " + version + " is newer than this software understands (" + format.version() + ")");
        }
        String check = stringPragma(connection, "quick_check");
        if (!"ok".equals(check)) {
            throw new StoreFormatException(file, StoreFormatException.Problem.CORRUPTED, "integrity check failed: " + check);
        }
    }

    private static int intPragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static String stringPragma(Connection connection, String pragma) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getString(1) : "no answer";
        }
    }

    /** The 32-bit application id spelled by four ASCII characters, e.g. {@code "LGOB"}. */
    public static int applicationId(String fourAscii) {
        byte[] b = fourAscii.getBytes(StandardCharsets.US_ASCII);
        if (b.length != 4) {
            throw new IllegalArgumentException("application id must be 4 ASCII characters");
        }
        return (b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF);
    }
}
