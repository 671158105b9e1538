package org.lingong.kiosk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.testing.RecordingKioskEvents;
import org.lingong.platform.api.events.EmploymentStatusCheck;
import org.lingong.platform.api.events.EmploymentStatusCheck.Situation;
import org.lingong.platform.api.events.EventType;

class StatusCheckViewModelTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path temp;

    private final RecordingKioskEvents events = new RecordingKioskEvents();

    private StatusCheckLedger ledger() {
        return new StatusCheckLedger(temp.resolve("kiosk").resolve("status-checks.properties"));
    }

    private StatusCheckViewModel check(StatusCheckLedger ledger) {
        return new StatusCheckViewModel(ledger, events, new CurrentThreadTaskExecutor(), TODAY, Period.ofDays(90));
    }

    @Test
    void aReturningWorkerNeverAskedIsAskedAndTheAnswerIsSentOnce() throws Exception {
        StatusCheckLedger ledger = ledger();
        StatusCheckViewModel check = check(ledger);

        check.workerIdentified("w-1", false);
        StatusCheckStage asked = check.stageProperty().get();
        check.answer(Situation.FLEXIBLE);
        check.answer(Situation.UNEMPLOYED);

        assertThat(asked).isEqualTo(StatusCheckStage.ASKING);
        assertThat(check.stageProperty().get()).isEqualTo(StatusCheckStage.THANKS);
        assertThat(events.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.type()).isEqualTo(EventType.EMPLOYMENT_STATUS_CHECKED);
            assertThat(sent.workerRef()).isEqualTo("w-1");
            assertThat(sent.payload()).isEqualTo(new EmploymentStatusCheck(Situation.FLEXIBLE));
        });
        assertThat(ledger.lastAsked("w-1")).contains(LocalDate.of(2026, 12, 5));
    }

    @Test
    void askedAtMostOncePerPeriodEvenWhenSkipped() throws Exception {
        StatusCheckLedger ledger = ledger();
        ledger.asked("w-recent", LocalDate.of(2026, 9, 7)); // 89 days ago
        ledger.asked("w-due", LocalDate.of(2026, 9, 6)); // 90 days ago
        StatusCheckViewModel check = check(ledger);

        check.workerIdentified("w-recent", false);
        StatusCheckStage recent = check.stageProperty().get();
        check.workerIdentified("w-due", false);
        StatusCheckStage due = check.stageProperty().get();
        check.skip();
        check.clearSession();
        check.workerIdentified("w-due", false);

        assertThat(recent).isEqualTo(StatusCheckStage.HIDDEN);
        assertThat(due).isEqualTo(StatusCheckStage.ASKING);
        assertThat(check.stageProperty().get()).as("skipped today: not asked again").isEqualTo(StatusCheckStage.HIDDEN);
        assertThat(events.sent()).isEmpty();
    }

    @Test
    void aWorkerWhoJustRegisteredIsNotAskedButCountsAsAsked() throws Exception {
        StatusCheckLedger ledger = ledger();
        StatusCheckViewModel check = check(ledger);

        check.workerIdentified("w-new", true);

        assertThat(check.stageProperty().get()).isEqualTo(StatusCheckStage.HIDDEN);
        assertThat(ledger.lastAsked("w-new")).contains(LocalDate.of(2026, 12, 5));
    }

    @Test
    void anUnreadableLedgerNeverBlocksTheWorker() throws Exception {
        Path file = temp.resolve("broken.properties");
        Files.writeString(file, "w-1=\\u12"); // a broken unicode escape
        StatusCheckViewModel check = check(new StatusCheckLedger(file));

        check.workerIdentified("w-1", false);

        assertThat(check.stageProperty().get()).isEqualTo(StatusCheckStage.HIDDEN);
    }

    @Test
    void aLineThatIsNoDateCountsAsNeverAsked() throws Exception {
        Path file = temp.resolve("odd.properties");
        Files.writeString(file, "w-1=yesterday\n");
        StatusCheckViewModel check = check(new StatusCheckLedger(file));

        check.workerIdentified("w-1", false);

        assertThat(check.stageProperty().get()).isEqualTo(StatusCheckStage.ASKING);
    }

    @Test
    void theSessionsEndPutsTheQuestionAwayAndALateAnswerSendsNothing() {
        StatusCheckViewModel check = check(ledger());
        check.workerIdentified("w-2", false);

        check.clearSession();
        check.answer(Situation.EMPLOYED);

        assertThat(check.stageProperty().get()).isEqualTo(StatusCheckStage.HIDDEN);
        assertThat(events.sent()).isEmpty();
    }
}
