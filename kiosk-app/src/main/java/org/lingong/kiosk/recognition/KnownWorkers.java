package org.lingong.kiosk.recognition;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Cipher;

import org.lingong.platform.api.privacy.Masking;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.platform.client.storage.FieldCipher;

/**
 * The workers registered at this kiosk, so that a placed ID card or a worker code recognises them: a SQLite file
 * ({@value #FILE_NAME}, WAL, every change one transaction) mapping HMAC-SHA256(kiosk key, ID number) to the kiosk's
 * worker reference and the masked name and ID number, those encrypted with AES-GCM under a key derived from the
 * {@link KioskSecret} (bound to the row's hash). No clear ID number or name is ever written.
 *
 * <p>Opening checks that the file is a known-worker store ({@code application_id} and a format row) and that the
 * kiosk secret is the one the store was made with; otherwise it fails with a {@link KnownWorkersException} naming the
 * file and what to do. Thread-safe (one connection, synchronised); every method blocks on disk, so call it through the
 * {@code TaskExecutor}, never on the JavaFX thread.
 */
public final class KnownWorkers implements AutoCloseable {

    public static final String FILE_NAME = "known-workers.db";
    /** "LGKW" */
    static final int APPLICATION_ID = 0x4C474B57;
    static final String FORMAT = "lingong-known-workers-1";

    private final Path file;
    private final Connection connection;
    private final byte[] idHashKey;
    private final FieldCipher textCipher;
    private final Clock clock;

    private KnownWorkers(Path file, Connection connection, KioskSecret secret, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.idHashKey = secret.derive("known-workers/id-hash/v1");
        this.textCipher = new FieldCipher(secret.derive("known-workers/texts/v1"));
        this.clock = clock;
    }

    /** Opens (or creates) the store in {@code directory}, checking it belongs to {@code secret}. */
    public static KnownWorkers open(Path directory, KioskSecret secret, Clock clock) {
        Path file = directory.resolve(FILE_NAME);
        try {
            Files.createDirectories(directory);
            if (!Files.exists(file)) {
                // an empty file is an empty SQLite database; SQLite gives its WAL files the same owner-only mode
                Files.createFile(file);
                KioskSecret.restrictToOwner(file);
            }
        } catch (java.io.IOException e) {
            throw new KnownWorkersException("cannot create " + directory + ": " + e.getMessage(), e);
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new KnownWorkersException("cannot open " + file + ": " + e.getMessage());
        }
        KnownWorkers store = new KnownWorkers(file, connection, secret, clock);
        try {
            store.prepare();
            return store;
        } catch (SQLException e) {
            store.close();
            // no cause: the start-up failure line shows the deepest cause's message, and this one says what to do
            throw new KnownWorkersException(file + " is not a readable known-worker store (corrupt or a foreign file: "
                    + e.getMessage() + "): move it away and restart; registered workers then register again");
        } catch (KnownWorkersException e) {
            store.close();
            throw e;
        }
    }

    /** Remembers {@code worker} as the holder of {@code idNumber}, replacing an earlier registration of the same card. */
    public synchronized void remember(String idNumber, ActiveWorker worker) {
        byte[] hash = idHash(idNumber);
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR REPLACE INTO known_worker"
                + " (id_hash, worker_ref, texts, remembered_at) VALUES (?, ?, ?, ?)")) {
            insert.setBytes(1, hash);
            insert.setString(2, worker.workerRef());
            insert.setBytes(3, encrypt(worker.maskedName() + "\n" + worker.maskedIdNumber() + "\n"
                    + String.join(",", worker.workTypes()), hash));
            insert.setLong(4, clock.millis());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new KnownWorkersException("cannot write to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The worker registered with {@code idNumber}, if any. */
    public synchronized Optional<ActiveWorker> byIdNumber(String idNumber) {
        return find("SELECT id_hash, worker_ref, texts FROM known_worker WHERE id_hash = ?", idHash(idNumber));
    }

    /** The worker with the kiosk reference {@code workerRef}, if any (the newest, should a reference repeat). */
    public synchronized Optional<ActiveWorker> byWorkerRef(String workerRef) {
        return find("SELECT id_hash, worker_ref, texts FROM known_worker WHERE worker_ref = ?"
                + " ORDER BY remembered_at DESC LIMIT 1", workerRef);
    }

    public synchronized int count() {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM known_worker")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new KnownWorkersException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a connection that failed to open: nothing left to release
        }
    }

    private Optional<ActiveWorker> find(String sql, Object key) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setObject(1, key);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                // masked name, masked ID number, then (since the work types were kept) the codes, comma-separated
                String[] texts = decrypt(rows.getBytes("texts"), rows.getBytes("id_hash")).split("\n", 3);
                List<String> workTypes = texts.length > 2 && !texts[2].isEmpty() ? List.of(texts[2].split(","))
                        : List.of();
                return Optional.of(new ActiveWorker(rows.getString("worker_ref"), texts[0],
                        texts.length > 1 ? texts[1] : "-", workTypes));
            }
        } catch (SQLException e) {
            throw new KnownWorkersException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private void prepare() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            int applicationId;
            try (ResultSet rows = statement.executeQuery("PRAGMA application_id")) {
                applicationId = rows.next() ? rows.getInt(1) : 0;
            }
            boolean empty;
            try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM sqlite_master")) {
                empty = rows.next() && rows.getInt(1) == 0;
            }
            if (!empty && applicationId != APPLICATION_ID) {
                throw new KnownWorkersException(file + " is another program's database, not a known-worker store:"
                        + " check kiosk.platform.data-dir, or move the file away and restart");
            }
            statement.execute("PRAGMA journal_mode=WAL");
            statement.execute("PRAGMA synchronous=FULL");
            if (empty) {
                create(statement);
            }
        }
        checkFormatAndKey();
    }

    private void create(Statement statement) throws SQLException {
        connection.setAutoCommit(false);
        try {
            statement.execute("PRAGMA application_id=" + APPLICATION_ID);
            statement.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)");
            statement.execute("CREATE TABLE known_worker (id_hash BLOB PRIMARY KEY, worker_ref TEXT NOT NULL,"
                    + " texts BLOB NOT NULL, remembered_at INTEGER NOT NULL)");
            statement.execute("CREATE INDEX known_worker_by_ref ON known_worker (worker_ref)");
            try (PreparedStatement meta = connection.prepareStatement("INSERT INTO meta VALUES (?, ?)")) {
                meta.setString(1, "format");
                meta.setBytes(2, FORMAT.getBytes(StandardCharsets.US_ASCII));
                meta.executeUpdate();
                meta.setString(1, "key-check");
                meta.setBytes(2, keyCheck());
                meta.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void checkFormatAndKey() throws SQLException {
        byte[] format = meta("format");
        if (format == null || !FORMAT.equals(new String(format, StandardCharsets.US_ASCII))) {
            throw new KnownWorkersException(file + " has an unknown format: move it away and restart");
        }
        byte[] check = meta("key-check");
        if (check == null || !MessageDigest.isEqual(check, keyCheck())) {
            throw new KnownWorkersException(file + " was made with another " + KioskSecret.FILE_NAME
                    + ": restore the matching key file, or move both files away and restart");
        }
    }

    private byte[] meta(String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT value FROM meta WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getBytes(1) : null;
            }
        }
    }

    private byte[] keyCheck() {
        return KioskSecret.hmac(idHashKey, "key-check".getBytes(StandardCharsets.US_ASCII));
    }

    private byte[] idHash(String idNumber) {
        String normalised = idNumber.strip().toUpperCase(Locale.ROOT);
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("an ID number is needed, got " + Masking.idNumber(idNumber));
        }
        return KioskSecret.hmac(idHashKey, ("id:" + normalised).getBytes(StandardCharsets.UTF_8));
    }

    private byte[] encrypt(String text, byte[] boundTo) {
        return textCipher.encrypt(text.getBytes(StandardCharsets.UTF_8), boundTo);
    }

    private String decrypt(byte[] stored, byte[] boundTo) {
        try {
            return new String(textCipher.decrypt(stored, boundTo), StandardCharsets.UTF_8);
        } catch (FieldCipher.UnreadableFieldException e) {
            throw new KnownWorkersException("a row of " + file + " does not decrypt (tampered or corrupt)", e);
        }
    }

    @Override
    public String toString() {
        return "KnownWorkers[" + file + "]";
    }
}
