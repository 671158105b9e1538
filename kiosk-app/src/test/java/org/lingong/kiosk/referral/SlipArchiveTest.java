package org.lingong.kiosk.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.printer.ReferralSlip;
import org.lingong.testing.MutableClock;

/** The slip archive on a real SQLite file: numbering, restart, sealed personal fields, retention. */
class SlipArchiveTest {

    private static final Instant NOON = Instant.parse("2026-11-27T04:00:00Z");
    private static final String MASKED_NAME = "王*例";
    private static final String MASKED_ID = "150***********1234";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(NOON, ZoneId.of("Asia/Shanghai"));

    @Test
    void numbersSlipsPerDayAndKeepsThemAcrossARestart() throws Exception {
        try (SlipArchive archive = SlipArchive.open(dir, clock)) {
            assertThat(add(archive, LocalDate.of(2026, 11, 27)).slipNumber()).isEqualTo("TJ-20261127-0001");
            assertThat(add(archive, LocalDate.of(2026, 11, 27)).slipNumber()).isEqualTo("TJ-20261127-0002");
            assertThat(add(archive, LocalDate.of(2026, 11, 28)).slipNumber()).isEqualTo("TJ-20261128-0001");
            archive.markPrinted("TJ-20261127-0002");
        }
        try (SlipArchive reopened = SlipArchive.open(dir, clock)) {
            assertThat(reopened.recent(10)).extracting(SlipRecord::slipNumber)
                    .containsExactly("TJ-20261128-0001", "TJ-20261127-0002", "TJ-20261127-0001");
            SlipRecord printed = reopened.recent(10).get(1);
            assertThat(printed.maskedWorker()).isEqualTo(MASKED_NAME);
            assertThat(printed.printCount()).isEqualTo(1);
            assertThat(printed.everPrinted()).isTrue();
            assertThat(reopened.recent(10).get(0).everPrinted()).isFalse();
            assertThat(reopened.find("TJ-20261127-0001")).get().extracting(ReferralSlip::workerIdNumber).isEqualTo(MASKED_ID);
            assertThat(reopened.find("TJ-20261127-0001")).get().extracting(ReferralSlip::qrToken).isEqualTo("LG1.token-1");
            assertThat(reopened.find("TJ-19990101-0001")).isEmpty();
            assertThat(add(reopened, LocalDate.of(2026, 11, 27)).slipNumber()).isEqualTo("TJ-20261127-0003");
        }
    }

    @Test
    void theFilesHoldNoWorkerNameIdNumberOrTokenInTheClear() throws Exception {
        try (SlipArchive archive = SlipArchive.open(dir, clock)) {
            add(archive, LocalDate.of(2026, 11, 27));
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file.getFileName().toString())
                        .doesNotContain(latin1(MASKED_NAME)).doesNotContain(MASKED_ID).doesNotContain("LG1.token");
            }
        }
        assertThat(Files.readString(dir.resolve(SlipArchive.KEY_FILE)).strip()).hasSize(44);
    }

    @Test
    void aMissingKeyIsAnErrorNotANewKey() throws Exception {
        try (SlipArchive archive = SlipArchive.open(dir, clock)) {
            add(archive, LocalDate.of(2026, 11, 27));
        }
        Files.delete(dir.resolve(SlipArchive.KEY_FILE));
        assertThatThrownBy(() -> SlipArchive.open(dir, clock)).isInstanceOf(IOException.class)
                .hasMessageContaining("key file");
    }

    @Test
    void slipsGoAWeekAfterTheyExpired() throws Exception {
        try (SlipArchive archive = SlipArchive.open(dir, clock)) {
            add(archive, LocalDate.of(2026, 11, 27)); // expires a day after NOON
            clock.advance(Duration.ofDays(1).plus(SlipArchive.KEPT_AFTER_EXPIRY).minusMinutes(1));
            add(archive, LocalDate.of(2026, 12, 5));
            assertThat(archive.size()).isEqualTo(2);
            clock.advance(Duration.ofMinutes(2));
            add(archive, LocalDate.of(2026, 12, 5));
            assertThat(archive.recent(10)).extracting(SlipRecord::slipNumber)
                    .containsExactly("TJ-20261205-0002", "TJ-20261205-0001");
        }
    }

    @Test
    void aWorkersValidSlipForAJobIsFoundUntilItExpiresAndOnlyForThatWorkerAndJob() throws Exception {
        try (SlipArchive archive = SlipArchive.open(dir, clock)) {
            ReferralSlip first = addFor(archive, "w-secret-ref", 7);
            addFor(archive, "w-other", 7);
            ReferralSlip otherJob = addFor(archive, "w-secret-ref", 8);

            assertThat(archive.validFor("w-secret-ref", 7)).get().extracting(ReferralSlip::slipNumber)
                    .isEqualTo(first.slipNumber());
            assertThat(archive.validFor("w-secret-ref", 8)).get().extracting(ReferralSlip::slipNumber)
                    .isEqualTo(otherJob.slipNumber());
            assertThat(archive.validFor("w-nobody", 7)).isEmpty();
            assertThat(archive.validFor("w-secret-ref", 9)).isEmpty();
        }
        try (SlipArchive reopened = SlipArchive.open(dir, clock)) {
            assertThat(reopened.validFor("w-secret-ref", 7)).isPresent();
            clock.advance(Duration.ofDays(1).plusSeconds(1));
            assertThat(reopened.validFor("w-secret-ref", 7)).as("expired").isEmpty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                        .as(file.getFileName().toString()).doesNotContain("w-secret-ref");
            }
        }
    }

    @Test
    void aVersionOneArchiveIsUpgradedAndKeepsItsSlips() throws Exception {
        String old;
        try (SlipArchive archive = SlipArchive.open(dir, clock)) {
            old = add(archive, LocalDate.of(2026, 11, 27)).slipNumber();
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SlipArchive.DATABASE_FILE));
                Statement sql = db.createStatement()) {
            sql.execute("DROP INDEX slip_referral");
            sql.execute("ALTER TABLE slip DROP COLUMN referral_key");
            sql.execute("PRAGMA user_version = 1");
        }

        try (SlipArchive upgraded = SlipArchive.open(dir, clock)) {
            assertThat(upgraded.find(old)).isPresent();
            ReferralSlip fresh = addFor(upgraded, "w-1", 7);
            assertThat(upgraded.validFor("w-1", 7)).get().extracting(ReferralSlip::slipNumber)
                    .isEqualTo(fresh.slipNumber());
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SlipArchive.DATABASE_FILE));
                Statement sql = db.createStatement(); ResultSet version = sql.executeQuery("PRAGMA user_version")) {
            assertThat(version.next()).isTrue();
            assertThat(version.getInt(1)).isEqualTo(2);
        }
    }

    private ReferralSlip addFor(SlipArchive archive, String workerRef, long jobId) throws Exception {
        Instant issued = clock.instant();
        return archive.add(LocalDate.ofInstant(issued, clock.getZone()), issued, issued.plus(Duration.ofDays(1)),
                workerRef, jobId, this::slip);
    }

    private ReferralSlip add(SlipArchive archive, LocalDate day) throws Exception {
        Instant issued = clock.instant();
        return archive.add(day, issued, issued.plus(Duration.ofDays(1)), this::slip);
    }

    private ReferralSlip slip(String number) {
        return new ReferralSlip(number, "小区保洁员",
                "示例物业", "刘示例", "13800000001", "团结路128号", "160 元/天", "2026-12-01", "07:30-16:30", MASKED_NAME,
                MASKED_ID, "测试驿站", "2026-11-27 12:00", "2026-11-28 12:00",
                "LG1.token-" + number.substring(number.length() - 1));
    }

    private static String latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
