package org.lingong.kiosk.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lingong.devices.printer.ReferralSlip;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.testing.QueuedTaskExecutor;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobStatus;
import org.lingong.platform.api.jobs.PayUnit;

/** The referral screen's flow, synchronously, over a scripted desk. */
class ReferralViewModelTest {

    private static final ActiveWorker WORKER = new ActiveWorker("w-1", "王*例", "150***********1234");
    private static final Job JOB = new Job(7, "小区保洁员", "保洁", "示例物业", "刘示例", "13800000001", "150102", "新城区",
            "团结路128号", new BigDecimal("160"), PayUnit.DAY, 2, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3),
            "07:30-16:30", "身体健康", true, false, JobStatus.OPEN, Instant.parse("2026-11-27T00:00:00Z"));

    private final ScriptedDesk desk = new ScriptedDesk();
    private final WorkerSession workers = new WorkerSession();
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final ScreenNavigator navigator = new ScreenNavigator();
    private final List<String> calls = new ArrayList<>();
    private final ReferralViewModel vm = new ReferralViewModel(desk, workers, executor, navigator,
            () -> calls.add("endSession"), () -> calls.add("backToResults"));

    @Test
    void aKnownWorkerGoesStraightToTheConfirmation() {
        workers.begin(WORKER);

        vm.request(JOB);

        assertThat(navigator.current()).isEqualTo(Screen.REFERRAL);
        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.CONFIRM);
        assertThat(vm.jobProperty().get()).isEqualTo(JOB);
        assertThat(vm.workerProperty().get()).isEqualTo(WORKER);
        assertThat(vm.justIdentifiedProperty().get()).isFalse();
    }

    @Test
    void anUnknownWorkerIdentifiesFirstAndTheReferralResumesWhenTheWorkerIsKnown() {
        navigator.show(Screen.FIND_JOB);

        vm.request(JOB);

        assertThat(navigator.current()).isEqualTo(Screen.REGISTER);
        assertThat(vm.hasPendingReferral()).isTrue();
        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.NONE);

        navigator.show(Screen.REGISTER); // registration (or card recognition) shows its screen first, then names the worker
        workers.begin(WORKER);

        assertThat(navigator.current()).isEqualTo(Screen.REFERRAL);
        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.CONFIRM);
        assertThat(vm.jobProperty().get()).isEqualTo(JOB);
        assertThat(vm.workerProperty().get()).isEqualTo(WORKER);
        assertThat(vm.justIdentifiedProperty().get()).as("banner 身份已确认").isTrue();
        assertThat(vm.hasPendingReferral()).isFalse();
    }

    @Test
    void goingHomeDropsThePendingReferral() {
        vm.request(JOB);
        navigator.showAttract();

        workers.begin(WORKER);

        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.NONE);
    }

    @Test
    void confirmingTwiceIssuesOnceAndAPrintedSlipSaysTakeIt() {
        workers.begin(WORKER);
        vm.request(JOB);

        vm.confirm();
        vm.confirm();
        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.ISSUING);
        executor.runAll();
        vm.confirm();
        executor.runAll();

        assertThat(desk.issued).containsExactly("7 for w-1");
        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.PRINTED);
        assertThat(vm.slipProperty().get().slipNumber()).isEqualTo("TJ-20261127-0001");
    }

    @Test
    void aPrinterThatIsNotReadyLeavesTheSlipOnScreenWithItsReason() {
        desk.printerSays = Optional.of(PrinterCondition.PAPER_OUT);
        workers.begin(WORKER);
        vm.request(JOB);

        vm.confirm();
        executor.runAll();

        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.NOT_PRINTED);
        assertThat(vm.notPrintedBecauseProperty().get()).contains(PrinterCondition.PAPER_OUT);
        assertThat(vm.slipProperty().get().qrToken()).isEqualTo("LG1.token");
    }

    @Test
    void withoutThePlatformTheScreenSaysSoWithoutAskingTheWorkerToIdentify() {
        desk.configured = false;

        vm.request(JOB);

        assertThat(navigator.current()).isEqualTo(Screen.REFERRAL);
        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.UNAVAILABLE);
        assertThat(vm.hasPendingReferral()).isFalse();
    }

    @Test
    void aKioskNotYetEnrolledSaysUnavailableAndADiskFaultSaysFailed() {
        workers.begin(WORKER);
        desk.failure = new ReferralUnavailableException("not enrolled");
        vm.request(JOB);
        vm.confirm();
        executor.runAll();
        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.UNAVAILABLE);

        desk.failure = new java.sql.SQLException("disk full");
        vm.request(JOB);
        vm.confirm();
        executor.runAll();
        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.FAILED);
    }

    @Test
    void backReturnsToTheJobAndDoneEndsTheSessionAndMoreWorkGoesToTheResults() {
        workers.begin(WORKER);
        vm.request(JOB);
        vm.back();
        assertThat(navigator.current()).isEqualTo(Screen.FIND_JOB);
        assertThat(vm.jobProperty().get()).isNull();

        vm.request(JOB);
        vm.confirm();
        executor.runAll();
        vm.continueSearching();
        assertThat(vm.slipProperty().get()).isNull();
        vm.finish();
        assertThat(calls).containsExactly("backToResults", "endSession");
    }

    @Test
    void theWipeForgetsEverythingPersonalAndDropsAnAnswerStillOnItsWay() {
        desk.printerSays = Optional.of(PrinterCondition.COVER_OPEN);
        workers.begin(WORKER);
        vm.request(JOB);
        vm.confirm();
        executor.runAll();
        assertThat(vm.slipProperty().get()).isNotNull();

        vm.clearSession();
        workers.clearSession();

        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.NONE);
        assertThat(vm.jobProperty().get()).isNull();
        assertThat(vm.workerProperty().get()).isNull();
        assertThat(vm.slipProperty().get()).isNull();
        assertThat(vm.notPrintedBecauseProperty().get()).isEmpty();
        assertThat(vm.justIdentifiedProperty().get()).isFalse();

        workers.begin(WORKER);
        vm.request(JOB);
        vm.confirm();
        vm.clearSession();
        executor.runAll();
        assertThat(vm.slipProperty().get()).as("answer after the wipe").isNull();
        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.NONE);
    }

    @Test
    void aPendingReferralIsForgottenByTheWipe() {
        vm.request(JOB);

        vm.clearSession();
        workers.begin(WORKER);

        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.NONE);
        assertThat(navigator.current()).isEqualTo(Screen.REGISTER);
    }

    @Test
    void aWorkerWhoAlreadyHoldsAValidSlipForTheJobIsToldSoAndCanPrintItAgain() {
        workers.begin(WORKER);
        vm.request(JOB);
        vm.confirm();
        executor.runAll();
        String first = vm.slipProperty().get().slipNumber();
        vm.continueSearching();

        vm.request(JOB);
        assertThat(vm.stageProperty().get()).as("before the look-up answers").isEqualTo(ReferralStage.CONFIRM);
        executor.runAll();

        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.ALREADY_ISSUED);
        assertThat(vm.slipProperty().get().slipNumber()).isEqualTo(first);
        vm.confirm();
        executor.runAll();
        assertThat(desk.issued).as("no second slip").hasSize(1);

        desk.printerSays = Optional.of(PrinterCondition.PAPER_OUT);
        vm.reprint();
        executor.runAll();
        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.NOT_PRINTED);
        assertThat(vm.slipProperty().get().slipNumber()).isEqualTo(first);
        assertThat(desk.reprinted).containsExactly(first);
    }

    @Test
    void confirmingBeforeTheLookUpAnswersAlsoGetsTheEarlierSlipAndAReprintPrintsIt() {
        workers.begin(WORKER);
        vm.request(JOB);
        vm.confirm();
        executor.runAll();
        vm.continueSearching();

        vm.request(JOB);
        vm.confirm(); // tapped before the look-up ran
        executor.runAll();

        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.ALREADY_ISSUED);
        assertThat(desk.issued).hasSize(1);
        vm.reprint();
        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.ISSUING);
        executor.runAll();
        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.PRINTED);
    }

    @Test
    void anotherJobIsNotADuplicate() {
        workers.begin(WORKER);
        vm.request(JOB);
        vm.confirm();
        executor.runAll();
        vm.continueSearching();

        Job other = new Job(8, "仓库分拣员", "装卸", JOB.employer(), JOB.contactName(), JOB.contactPhone(),
                JOB.districtCode(), JOB.districtName(), JOB.address(), JOB.payAmount(), JOB.payUnit(), 1, JOB.startDate(),
                JOB.endDate(), JOB.workHours(), JOB.requirements(), true, false, JobStatus.OPEN, JOB.updatedAt());
        vm.request(other);
        executor.runAll();

        assertThat(vm.stageProperty().get()).isEqualTo(ReferralStage.CONFIRM);
        vm.confirm();
        executor.runAll();
        assertThat(desk.issued).containsExactly("7 for w-1", "8 for w-1");
    }

    /** Issues slips numbered from 1, prints as told; one slip per worker and job, as the real desk keeps it. */
    private static final class ScriptedDesk implements ReferralDesk {
        boolean configured = true;
        Optional<PrinterCondition> printerSays = Optional.empty();
        Exception failure;
        final List<String> issued = new ArrayList<>();
        final List<String> reprinted = new ArrayList<>();
        final java.util.Map<String, ReferralSlip> slips = new java.util.HashMap<>();

        @Override
        public Optional<ReferralSlip> validSlip(Job job, ActiveWorker worker) {
            return Optional.ofNullable(slips.get(job.id() + " for " + worker.workerRef()));
        }

        @Override
        public ReprintResult reprint(String slipNumber) {
            reprinted.add(slipNumber);
            return printerSays.isEmpty() ? ReprintResult.PRINTED : ReprintResult.PRINTER_NOT_READY;
        }

        @Override
        public boolean configured() {
            return configured;
        }

        @Override
        public SlipOutcome issueAndPrint(Job job, ActiveWorker worker) throws Exception {
            if (failure != null) {
                throw failure;
            }
            Optional<ReferralSlip> earlier = validSlip(job, worker);
            if (earlier.isPresent()) {
                return SlipOutcome.earlier(earlier.get());
            }
            issued.add(job.id() + " for " + worker.workerRef());
            ReferralSlip slip = new ReferralSlip(String.format("TJ-20261127-%04d", issued.size()), job.title(),
                    job.employer(), job.contactName(), job.contactPhone(), job.address(), "160 元/天",
                    "2026-12-01 至 2026-12-03", job.workHours(), worker.maskedName(), worker.maskedIdNumber(), "测试驿站",
                    "2026-11-27 09:00", "2026-12-03 23:59", "LG1.token");
            slips.put(job.id() + " for " + worker.workerRef(), slip);
            return new SlipOutcome(slip, printerSays);
        }
    }
}
