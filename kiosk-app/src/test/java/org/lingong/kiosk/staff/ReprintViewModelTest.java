package org.lingong.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.referral.ReprintResult;
import org.lingong.kiosk.referral.SlipRecord;
import org.lingong.kiosk.referral.SlipReprints;
import org.lingong.testing.MutableClock;
import org.lingong.kiosk.testing.QueuedTaskExecutor;

class ReprintViewModelTest {

    /** An in-memory slip archive: the printer can be made not ready. */
    static class FakeSlipReprints implements SlipReprints {
        final List<SlipRecord> slips = new ArrayList<>();
        boolean printerReady = true;
        int printed;

        @Override
        public List<SlipRecord> recent(int limit) {
            return slips.stream().limit(limit).toList();
        }

        @Override
        public ReprintResult reprint(String slipNumber) {
            if (slips.stream().noneMatch(s -> s.slipNumber().equals(slipNumber))) {
                return ReprintResult.UNKNOWN_SLIP;
            }
            if (!printerReady) {
                return ReprintResult.PRINTER_NOT_READY;
            }
            printed++;
            return ReprintResult.PRINTED;
        }

        void add(String number, Instant issued, boolean everPrinted) {
            slips.add(0, new SlipRecord(number, "保洁员", "张*三", issued, issued.plus(Duration.ofDays(3)),
                    everPrinted ? issued : null, everPrinted ? 1 : 0));
        }
    }

    private final FakeSlipReprints archive = new FakeSlipReprints();
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final ReprintViewModel reprints = new ReprintViewModel(archive, executor);

    @Test
    void listsTheRecentSlipsWithMaskedNamesOnly() {
        archive.add("TJ-1", Instant.parse("2026-11-27T01:00:00Z"), true);
        archive.add("TJ-2", Instant.parse("2026-11-27T02:00:00Z"), false);

        reprints.refresh();
        assertThat(reprints.slips()).as("read off the UI thread").isEmpty();
        executor.runAll();

        assertThat(reprints.slips()).extracting(SlipRecord::slipNumber).containsExactly("TJ-2", "TJ-1");
        assertThat(reprints.slips()).extracting(SlipRecord::maskedWorker).containsOnly("张*三");
    }

    @Test
    void eachReprintOutcomeHasItsMessage() {
        archive.add("TJ-2", Instant.parse("2026-11-27T02:00:00Z"), false);

        reprints.reprint("TJ-2");
        assertThat(reprints.result().get()).isEqualTo("staff.reprint.printing");
        executor.runAll();
        assertThat(reprints.result().get()).isEqualTo("staff.reprint.printed");
        assertThat(reprints.resultSlip().get()).isEqualTo("TJ-2");
        assertThat(archive.printed).isEqualTo(1);

        archive.printerReady = false;
        reprints.reprint("TJ-2");
        executor.runAll();
        assertThat(reprints.result().get()).isEqualTo("staff.reprint.printerNotReady");

        reprints.reprint("TJ-404");
        executor.runAll();
        assertThat(reprints.result().get()).isEqualTo("staff.reprint.unknownSlip");
    }

    @Test
    void aFailingPrinterGetsACalmMessage() {
        ReprintViewModel failing = new ReprintViewModel(new FakeSlipReprints() {
            @Override
            public ReprintResult reprint(String slipNumber) {
                throw new IllegalStateException("port gone");
            }
        }, executor);
        failing.reprint("TJ-1");
        executor.runAll();

        assertThat(failing.result().get()).isEqualTo("staff.reprint.failed");
    }

    @Test
    void theWipeForgetsTheList() {
        archive.add("TJ-1", Instant.parse("2026-11-27T01:00:00Z"), true);
        reprints.refresh();
        executor.runAll();

        reprints.clearSession();

        assertThat(reprints.slips()).isEmpty();
        assertThat(reprints.result().get()).isEmpty();
    }

    @Test
    void todayCountsTodaysSlipsPrintedAndNot() {
        MutableClock clock = MutableClock.atShanghai("2026-11-27T04:00:00Z");
        archive.add("TJ-0", Instant.parse("2026-11-26T04:00:00Z"), true);
        archive.add("TJ-1", Instant.parse("2026-11-27T01:00:00Z"), true);
        archive.add("TJ-2", Instant.parse("2026-11-27T02:00:00Z"), false);
        DailyCounters counters = new DailyCounters(clock);
        counters.increment(DailyCounters.Tally.REGISTRATIONS);
        TodayViewModel today = new TodayViewModel(counters, archive, PlatformFacts.NONE, executor, clock);

        today.refresh();
        executor.runAll();

        assertThat(today.figures()).contains(new TodayViewModel.Figure("staff.today.slipsIssued", 2),
                new TodayViewModel.Figure("staff.today.slipsPrinted", 1),
                new TodayViewModel.Figure("staff.today.slipsNotPrinted", 1),
                new TodayViewModel.Figure("staff.today.registrations", 1));
    }
}
