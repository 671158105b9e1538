package org.lingong.kiosk.recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.kiosk.worker.ActiveWorker;

/** The known-worker store on real SQLite files. */
class KnownWorkersTest {

    private static final String ID = FictionalCards.MONGOLIAN_WORKER.documentNumber();
    private static final String NAME = FictionalCards.MONGOLIAN_WORKER.displayName();
    private static final ActiveWorker BATU = new ActiveWorker("w-5f0c7a2e-batu", "巴****", "150102********4511");

    @TempDir
    Path dir;

    private KnownWorkers open() {
        return KnownWorkers.open(dir, KioskSecret.loadOrCreate(dir), Clock.systemUTC());
    }

    @Test
    void aRememberedWorkerIsRecognisedByIdNumberAndReferenceAfterARestart() {
        try (KnownWorkers store = open()) {
            store.remember(ID, BATU);
        }

        try (KnownWorkers reopened = open()) {
            assertThat(reopened.byIdNumber(ID)).contains(BATU);
            assertThat(reopened.byIdNumber(ID.toLowerCase())).as("x and X are the same check digit").contains(BATU);
            assertThat(reopened.byWorkerRef(BATU.workerRef())).contains(BATU);
            assertThat(reopened.byIdNumber(FictionalCards.RESIDENT.documentNumber())).isEmpty();
            assertThat(reopened.count()).isEqualTo(1);
        }
    }

    @Test
    void registeringTheSameCardAgainReplacesTheEarlierWorker() {
        ActiveWorker again = new ActiveWorker("w-second", BATU.maskedName(), BATU.maskedIdNumber());
        try (KnownWorkers store = open()) {
            store.remember(ID, BATU);
            store.remember(ID, again);

            assertThat(store.byIdNumber(ID)).contains(again);
            assertThat(store.count()).isEqualTo(1);
        }
    }

    @Test
    void theFilesHoldNoClearIdNumberOrNameAndTheKeyIsOwnerOnly() throws Exception {
        try (KnownWorkers store = open()) {
            store.remember(ID, BATU);
            store.remember(FictionalCards.RESIDENT.documentNumber(),
                    new ActiveWorker("w-wang", "王*例", "110***********1233"));
        }
        byte[] everything = concat(dir);
        for (String secret : new String[] {ID, NAME, "巴****", "王*例", "王示例", "150102********4511", "110***********1233",
                FictionalCards.RESIDENT.documentNumber()}) {
            assertThat(contains(everything, secret.getBytes(StandardCharsets.UTF_8))).as(secret).isFalse();
            assertThat(contains(everything, secret.getBytes(StandardCharsets.UTF_16LE))).as(secret).isFalse();
        }
        assertThat(Files.getPosixFilePermissions(dir.resolve(KioskSecret.FILE_NAME)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dir.resolve(KnownWorkers.FILE_NAME)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aCorruptFileFailsWithAClearMessage() throws Exception {
        KioskSecret.loadOrCreate(dir);
        Files.write(dir.resolve(KnownWorkers.FILE_NAME), "this is not a database at all, just bytes".repeat(200)
                .getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(this::open).isInstanceOf(KnownWorkersException.class)
                .hasMessageContaining(KnownWorkers.FILE_NAME).hasMessageContaining("corrupt or a foreign file")
                .hasMessageContaining("move it away").hasNoCause();
    }

    @Test
    void anotherProgramsDatabaseIsRefused() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(KnownWorkers.FILE_NAME));
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE outbox (id TEXT)");
        }

        assertThatThrownBy(this::open).isInstanceOf(KnownWorkersException.class)
                .hasMessageContaining("another program's database");
    }

    @Test
    void aStoreOpenedWithAnotherKioskSecretIsRefused() throws Exception {
        try (KnownWorkers store = open()) {
            store.remember(ID, BATU);
        }
        Files.delete(dir.resolve(KioskSecret.FILE_NAME));

        assertThatThrownBy(this::open).isInstanceOf(KnownWorkersException.class)
                .hasMessageContaining("made with another " + KioskSecret.FILE_NAME);
    }

    @Test
    void aTruncatedKeyFileIsRefused() throws Exception {
        Files.write(dir.resolve(KioskSecret.FILE_NAME), new byte[7]);

        assertThatThrownBy(() -> KioskSecret.loadOrCreate(dir)).isInstanceOf(KnownWorkersException.class)
                .hasMessageContaining("is not a kiosk secret (7 bytes");
    }

    private static byte[] concat(Path directory) throws Exception {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                all.write(Files.readAllBytes(file));
            }
        }
        return all.toByteArray();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
