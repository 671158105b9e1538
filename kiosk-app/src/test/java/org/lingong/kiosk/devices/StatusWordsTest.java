package org.lingong.kiosk.devices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lingong.devices.lifecycle.DeviceState;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.devices.printer.codec.PrinterStatus;
import org.lingong.kiosk.status.DeviceKind;
import org.lingong.kiosk.status.DeviceProblem;

class StatusWordsTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            PAPER_OUT,      PAPER_OUT,  status.printer.paperOut
            COVER_OPEN,     COVER_OPEN, status.printer.coverOpen
            NO_REPLY,       FAULT,      status.printer.noReply
            ERROR,          FAULT,      status.printer.error
            PAPER_NEAR_END, PAPER_LOW,  status.printer.paperNearEnd
            """)
    void thePrintersReportCarriesItsProblemTypedBesideTheWords(PrinterCondition condition, DeviceProblem problem,
                                                               String words) {
        var status = StatusWords.printer(PrinterStatus.of(condition));

        assertThat(status.problem()).isEqualTo(problem);
        assertThat(status.wordsKey()).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ERROR,        FAULT
            RECONNECTING, NONE
            ONLINE,       NONE
            """)
    void aBrokenLinkIsAFault(DeviceState state, DeviceProblem problem) {
        assertThat(StatusWords.link(DeviceKind.SCANNER, state).problem()).isEqualTo(problem);
    }
}
