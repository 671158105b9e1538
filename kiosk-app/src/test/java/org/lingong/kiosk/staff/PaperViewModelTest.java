package org.lingong.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lingong.devices.printer.PrintResult;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.devices.printer.codec.PrinterStatus;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;

class PaperViewModelTest {

    /** A printer whose state the test sets. */
    private static final class Printer implements StaffPrinter {
        PrinterStatus status = PrinterStatus.of(PrinterCondition.ONLINE);

        @Override
        public PrinterStatus readStatus() {
            return status;
        }

        @Override
        public PrintResult printTestPage() {
            return status.blockingCondition().isPresent() ? new PrintResult.NotPrinted(status)
                    : new PrintResult.Printed(100, Set.of(), true);
        }
    }

    private final Printer printer = new Printer();
    private final PaperViewModel paper = new PaperViewModel(printer, new StaffAlerts(Clock.systemUTC()),
            new CurrentThreadTaskExecutor());

    @Test
    void aTestPageMessageGoesWhenThePrinterIsThenReadInAnotherState() {
        paper.refresh();
        paper.printTestPage();
        assertThat(paper.result().get()).isEqualTo("staff.paper.testPrinted");
        paper.printerChanged(); // still ready: the message stands
        assertThat(paper.result().get()).isEqualTo("staff.paper.testPrinted");

        printer.status = PrinterStatus.of(PrinterCondition.ONLINE, PrinterCondition.PAPER_OUT);
        paper.printerChanged();

        assertThat(paper.printerWords().get()).isEqualTo("status.printer.paperOut");
        assertThat(paper.result().get()).as("测试页已打印 never stands beside 缺纸").isEmpty();
    }

    @Test
    void aFailureSpeaksOfTheStateItMetAndGoesWhenThatStateEnds() {
        printer.status = PrinterStatus.of(PrinterCondition.ONLINE, PrinterCondition.PAPER_OUT);
        paper.printTestPage();
        assertThat(paper.result().get()).isEqualTo("staff.paper.testNotPrinted");
        paper.printerChanged();
        assertThat(paper.result().get()).isEqualTo("staff.paper.testNotPrinted");

        printer.status = PrinterStatus.of(PrinterCondition.ONLINE);
        paper.printerChanged();

        assertThat(paper.result().get()).isEmpty();
        assertThat(paper.printerWords().get()).isEqualTo("status.state.ready");
    }

    @Test
    void paperReplacedStandsWhileTheStateItFoundHolds() {
        printer.status = PrinterStatus.of(PrinterCondition.ONLINE, PrinterCondition.PAPER_OUT);
        paper.refresh();
        printer.status = PrinterStatus.of(PrinterCondition.ONLINE);

        paper.paperReplaced();
        paper.printerChanged();

        assertThat(paper.result().get()).isEqualTo("staff.paper.replaced");
    }
}
