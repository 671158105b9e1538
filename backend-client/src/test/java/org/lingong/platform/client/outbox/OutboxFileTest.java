package org.lingong.platform.client.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.client.storage.StoreFormatException;
import org.lingong.platform.client.testing.TestEvents;

/** The outbox file on disk: durable, encrypted, and never silently reset. */
class OutboxFileTest {

    @TempDir
    Path dir;

    Path db() {
        return dir.resolve(Outbox.DATABASE_FILE);
    }

    Path key() {
        return dir.resolve(Outbox.KEY_FILE);
    }

    Outbox open() {
        return Outbox.open(db(), key(), Clock.systemUTC());
    }

    @Test
    void keepsQueuedEventsAcrossReopening() {
        EventEnvelope event = TestEvents.workerRegistered("w-1", 11);
        try (Outbox outbox = open()) {
            outbox.append(event);
        }
        try (Outbox reopened = open()) {
            List<OutgoingEvent> batch = reopened.nextBatch(10);
            assertThat(batch).singleElement().extracting(OutgoingEvent::envelope).isEqualTo(event);
        }
    }

    @Test
    void storesPersonalDataOnlyEncrypted() throws Exception {
        try (Outbox outbox = open()) {
            outbox.append(TestEvents.workerRegistered("w-1", 12));
        }
        byte[] raw = readDatabaseAndWal();
        String asText = new String(raw, StandardCharsets.UTF_8);
        assertThat(asText).doesNotContain(TestEvents.idNumber(12)).doesNotContain(TestEvents.FICTIONAL_NAME)
                .doesNotContain("13900001234");
        assertThat(HexFormat.of().formatHex(raw)).doesNotContain(HexFormat.of().formatHex(TestEvents.idNumber(12).getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void keepsTheKeyInAFileOnlyTheOwnerCanRead() throws Exception {
        try (Outbox outbox = open()) {
            outbox.append(TestEvents.visits(1));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key()))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(key()).trim())).hasSize(32);
    }

    @Test
    void refusesAFileThatIsNotSqlite() throws Exception {
        Files.writeString(db(), "worker,id\n张三,150102198001010011\n".repeat(20));

        assertThatThrownBy(this::open).isInstanceOfSatisfying(StoreFormatException.class, e -> {
            assertThat(e.problem()).isEqualTo(StoreFormatException.Problem.NOT_SQLITE);
            assertThat(e.getMessage()).contains("not an SQLite database").contains("nothing was changed");
        });
        assertThat(Files.readString(db())).startsWith("worker,id");
    }

    @Test
    void refusesAnotherApplicationsSqliteDatabase() throws Exception {
        try (Connection foreign = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement statement = foreign.createStatement()) {
            statement.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)");
            statement.execute("INSERT INTO photos (name) VALUES ('holiday')");
        }

        assertThatThrownBy(this::open).isInstanceOfSatisfying(StoreFormatException.class, e -> {
            assertThat(e.problem()).isEqualTo(StoreFormatException.Problem.FOREIGN);
            assertThat(e.getMessage()).contains("application_id is 0x00000000");
        });
        try (Connection check = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement statement = check.createStatement()) {
            assertThat(statement.executeQuery("SELECT count(*) FROM photos").getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void refusesACorruptedOutbox() throws Exception {
        try (Outbox outbox = open()) {
            outbox.appendAll(TestEvents.anonymous(300));
        }
        long size = Files.size(db());
        try (RandomAccessFile file = new RandomAccessFile(db().toFile(), "rw")) {
            for (long offset = 4096; offset < size; offset += 4096) {
                file.seek(offset);
                file.write(new byte[512]);
            }
        }

        assertThatThrownBy(this::open).isInstanceOfSatisfying(StoreFormatException.class,
                e -> assertThat(e.problem()).isEqualTo(StoreFormatException.Problem.CORRUPTED));
    }

    @Test
    void refusesToOpenWithoutItsKeyInsteadOfMakingANewOne() throws Exception {
        try (Outbox outbox = open()) {
            outbox.append(TestEvents.visits(1));
        }
        Files.delete(key());

        assertThatThrownBy(this::open).isInstanceOfSatisfying(StoreFormatException.class, e -> {
            assertThat(e.problem()).isEqualTo(StoreFormatException.Problem.KEY_MISSING);
            assertThat(e.getMessage()).contains(Outbox.KEY_FILE);
        });
        assertThat(key()).doesNotExist();
    }

    @Test
    void refusesAKeyThatBelongsToAnotherOutbox() throws Exception {
        Path otherDir = dir.resolve("other");
        try (Outbox outbox = open(); Outbox other = Outbox.open(otherDir.resolve("outbox.db"), otherDir.resolve("outbox.key"), Clock.systemUTC())) {
            outbox.append(TestEvents.visits(1));
            other.append(TestEvents.visits(2));
        }
        Files.copy(otherDir.resolve("outbox.key"), key(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(this::open).isInstanceOfSatisfying(StoreFormatException.class,
                e -> assertThat(e.problem()).isEqualTo(StoreFormatException.Problem.KEY_MISMATCH));
    }

    @Test
    void refusesAnEventWhosePayloadDoesNotFitItsType() {
        try (Outbox outbox = open()) {
            EventEnvelope visits = TestEvents.visits(1);
            EventEnvelope wrong = new EventEnvelope(visits.eventId(), org.lingong.platform.api.events.EventType.FEEDBACK,
                    visits.occurredAt(), null, visits.payload());

            assertThatThrownBy(() -> outbox.append(wrong)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("FEEDBACK needs a Feedback payload");
            assertThat(outbox.stats().depth()).isZero();
        }
    }

    @Test
    void parksARowThatWasAlteredOnDiskAndKeepsDeliveringTheOthers() throws Exception {
        EventEnvelope altered = TestEvents.visits(1);
        EventEnvelope intact = TestEvents.visits(2);
        try (Outbox outbox = open()) {
            outbox.append(altered);
            outbox.append(intact);
        }
        try (Connection sql = DriverManager.getConnection("jdbc:sqlite:" + db());
             Statement statement = sql.createStatement()) {
            statement.execute("UPDATE event SET payload = zeroblob(40) WHERE event_id = '" + altered.eventId() + "'");
        }
        try (Outbox outbox = open()) {
            assertThat(outbox.nextBatch(10)).extracting(OutgoingEvent::envelope).containsExactly(intact);
            assertThat(outbox.parked()).singleElement().extracting(ParkedEvent::reason).isEqualTo("unreadable-locally");
        }
    }

    private byte[] readDatabaseAndWal() throws Exception {
        byte[] main = Files.readAllBytes(db());
        Path wal = dir.resolve(Outbox.DATABASE_FILE + "-wal");
        byte[] log = Files.exists(wal) ? Files.readAllBytes(wal) : new byte[0];
        byte[] all = new byte[main.length + log.length];
        System.arraycopy(main, 0, all, 0, main.length);
        System.arraycopy(log, 0, all, main.length, log.length);
        return all;
    }
}
