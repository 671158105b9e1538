package org.lingong.kiosk.referral;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.lingong.devices.printer.ReferralSlip;
import org.lingong.platform.client.storage.SqliteFile;

/**
 * The kiosk's issued referral slips, for reprints and the staff list: an SQLite file ({@code slips.db}, WAL, fsynced
 * commits) in the platform data directory, so slips survive a restart. Only the slip number, job title, times and
 * print count are plain; the whole slip (already masked worker name and ID number, employer contact, token) is sealed
 * with AES-256-GCM ({@link SlipCipher}, key in {@code slips.key}); the worker and job of a slip are kept only as a keyed
 * hash ({@code referral_key}), so that a worker's still valid slip for a job is found ({@link #validFor}). Retention: a slip is deleted
 * {@link #KEPT_AFTER_EXPIRY} after it expired, and at most {@link #MAX_SLIPS} are kept (the oldest go first).
 *
 * <p>Slip numbers: {@code TJ-yyyyMMdd-nnnn}, counted per day on this kiosk. Blocking (disk): never on the JavaFX
 * thread. Thread-safe (synchronized).
 */
public final class SlipArchive implements AutoCloseable {

    public static final String DATABASE_FILE = "slips.db";
    public static final String KEY_FILE = "slips.key";
    public static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(7);
    public static final int MAX_SLIPS = 2000;

    /** Version 2 adds {@code referral_key} (see {@link SlipCipher#referralKey}); version 1 files are upgraded. */
    private static final int VERSION = 2;
    private static final String REFERRAL_KEY_INDEX = "CREATE INDEX slip_referral ON slip(referral_key, expires_at)";
    private static final SqliteFile.Format FORMAT = new SqliteFile.Format("slip archive",
            SqliteFile.applicationId("LGSL"), VERSION, List.of("""
                    CREATE TABLE slip (
                        slip_number  TEXT PRIMARY KEY,
                        issued_day   TEXT NOT NULL,
                        day_seq      INTEGER NOT NULL,
                        job_title    TEXT NOT NULL,
                        issued_at    INTEGER NOT NULL,
                        expires_at   INTEGER NOT NULL,
                        printed_at   INTEGER,
                        print_count  INTEGER NOT NULL DEFAULT 0,
                        sealed       BLOB NOT NULL,
                        referral_key TEXT)""",
                    "CREATE INDEX slip_issued ON slip(issued_at)", REFERRAL_KEY_INDEX));
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final Connection db;
    private final SlipCipher cipher;
    private final Clock clock;

    private SlipArchive(Connection db, SlipCipher cipher, Clock clock) {
        this.db = db;
        this.cipher = cipher;
        this.clock = clock;
    }

    public static SlipArchive open(Path dataDirectory, Clock clock) throws IOException {
        Path file = dataDirectory.resolve(DATABASE_FILE);
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        SlipCipher cipher = SlipCipher.fromKeyFile(dataDirectory.resolve(KEY_FILE), fresh);
        Connection db = SqliteFile.open(file, FORMAT);
        try {
            upgrade(db);
        } catch (SQLException e) {
            try {
                db.close();
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw new IOException("the slip archive " + file.getFileName() + " cannot be upgraded: " + e.getMessage(), e);
        }
        return new SlipArchive(db, cipher, clock);
    }

    /** A version 1 archive gets the {@code referral_key} column; its old slips have none (no duplicate check). */
    private static void upgrade(Connection db) throws SQLException {
        try (Statement statement = db.createStatement()) {
            int version;
            try (ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : VERSION;
            }
            if (version < VERSION) {
                statement.execute("ALTER TABLE slip ADD COLUMN referral_key TEXT");
                statement.execute(REFERRAL_KEY_INDEX);
                statement.execute("PRAGMA user_version = " + VERSION);
            }
        }
    }

    /**
     * Numbers, builds and keeps a new slip. {@code build} gets the slip number and returns the slip to keep.
     */
    public synchronized ReferralSlip add(LocalDate day, Instant issuedAt, Instant expiresAt,
            Function<String, ReferralSlip> build) throws SQLException {
        return add(day, issuedAt, expiresAt, null, build);
    }

    /**
     * As {@link #add(LocalDate, Instant, Instant, Function)}, for the worker {@code workerRef} and job {@code jobId}:
     * {@link #validFor} finds it while it is valid.
     */
    public synchronized ReferralSlip add(LocalDate day, Instant issuedAt, Instant expiresAt, String workerRef,
            long jobId, Function<String, ReferralSlip> build) throws SQLException {
        return add(day, issuedAt, expiresAt, cipher.referralKey(workerRef, jobId), build);
    }

    /** The newest slip issued here to {@code workerRef} for {@code jobId} that has not expired yet. */
    public synchronized Optional<ReferralSlip> validFor(String workerRef, long jobId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT slip_number, sealed FROM slip"
                + " WHERE referral_key = ? AND expires_at > ? ORDER BY issued_at DESC, slip_number DESC LIMIT 1")) {
            query.setString(1, cipher.referralKey(workerRef, jobId));
            query.setLong(2, clock.millis());
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(open(rs.getBytes(2), rs.getString(1))) : Optional.empty();
            }
        }
    }

    private ReferralSlip add(LocalDate day, Instant issuedAt, Instant expiresAt, @Nullable String referralKey,
            Function<String, ReferralSlip> build) throws SQLException {
        prune();
        int seq = nextSequence(day);
        String number = "TJ-" + DAY.format(day) + "-" + String.format("%04d", seq);
        ReferralSlip slip = build.apply(number);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO slip (slip_number, issued_day, day_seq,"
                + " job_title, issued_at, expires_at, sealed, referral_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, number);
            insert.setString(2, DAY.format(day));
            insert.setInt(3, seq);
            insert.setString(4, slip.jobTitle());
            insert.setLong(5, issuedAt.toEpochMilli());
            insert.setLong(6, expiresAt.toEpochMilli());
            insert.setBytes(7, cipher.seal(serialize(slip), number));
            insert.setString(8, referralKey);
            insert.executeUpdate();
        }
        return slip;
    }

    public synchronized void markPrinted(String slipNumber) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE slip SET printed_at = ?, print_count = print_count + 1 WHERE slip_number = ?")) {
            update.setLong(1, clock.millis());
            update.setString(2, slipNumber);
            update.executeUpdate();
        }
    }

    public synchronized Optional<ReferralSlip> find(String slipNumber) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT sealed FROM slip WHERE slip_number = ?")) {
            query.setString(1, slipNumber);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? Optional.of(open(rs.getBytes(1), slipNumber)) : Optional.empty();
            }
        }
    }

    /** Newest first, masked data only. */
    public synchronized List<SlipRecord> recent(int limit) throws SQLException {
        List<SlipRecord> records = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT slip_number, job_title, issued_at, expires_at,"
                + " printed_at, print_count, sealed FROM slip ORDER BY issued_at DESC, slip_number DESC LIMIT ?")) {
            query.setInt(1, Math.max(0, limit));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String number = rs.getString(1);
                    long printed = rs.getLong(5);
                    Instant printedAt = rs.wasNull() ? null : Instant.ofEpochMilli(printed);
                    records.add(new SlipRecord(number, rs.getString(2), open(rs.getBytes(7), number).workerName(),
                            Instant.ofEpochMilli(rs.getLong(3)), Instant.ofEpochMilli(rs.getLong(4)), printedAt,
                            rs.getInt(6)));
                }
            }
        }
        return records;
    }

    public synchronized int size() throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT count(*) FROM slip");
                ResultSet rs = query.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @Override
    public synchronized void close() throws SQLException {
        db.close();
    }

    private int nextSequence(LocalDate day) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT coalesce(max(day_seq), 0) + 1 FROM slip WHERE issued_day = ?")) {
            query.setString(1, DAY.format(day));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void prune() throws SQLException {
        try (PreparedStatement expired = db.prepareStatement("DELETE FROM slip WHERE expires_at < ?");
                PreparedStatement overflow = db.prepareStatement("DELETE FROM slip WHERE slip_number NOT IN"
                        + " (SELECT slip_number FROM slip ORDER BY issued_at DESC LIMIT ?)")) {
            expired.setLong(1, clock.instant().minus(KEPT_AFTER_EXPIRY).toEpochMilli());
            expired.executeUpdate();
            overflow.setInt(1, MAX_SLIPS - 1);
            overflow.executeUpdate();
        }
    }

    private ReferralSlip open(byte[] sealed, String slipNumber) throws SQLException {
        try {
            return deserialize(cipher.open(sealed, slipNumber));
        } catch (GeneralSecurityException e) {
            throw new SQLException("slip " + slipNumber + " cannot be opened with this archive's key", e);
        }
    }

    private static byte[] serialize(ReferralSlip slip) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            for (String field : fields(slip)) {
                out.writeBoolean(field != null);
                if (field != null) {
                    out.writeUTF(field);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static ReferralSlip deserialize(byte[] plain) {
        String[] f = new String[15];
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain))) {
            for (int i = 0; i < f.length; i++) {
                f[i] = in.readBoolean() ? in.readUTF() : null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReferralSlip(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11], f[12],
                f[13], f[14]);
    }

    private static String[] fields(ReferralSlip s) {
        return new String[] {s.slipNumber(), s.jobTitle(), s.employer(), s.contactName(), s.contactPhone(),
            s.address(), s.pay(), s.workDates(), s.timeWindow(), s.workerName(), s.workerIdNumber(), s.station(),
            s.issuedAt(), s.expiresAt(), s.qrToken()};
    }
}
