package org.lingong.devices.transport.serial;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lingong.devices.transport.TransportException;

class OpenFailureTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            false | 2  | NOT_FOUND   | does not exist
            false | 13 | NOT_FOUND   | does not exist
            true  | 13 | UNAVAILABLE | add the kiosk user to group dialout
            true  | 1  | UNAVAILABLE | group dialout
            true  | 16 | UNAVAILABLE | locked
            true  | 11 | UNAVAILABLE | locked
            true  | 2  | UNAVAILABLE | already open in this process
            true  | 25 | UNAVAILABLE | not a serial device
            true  | 5  | UNAVAILABLE | I/O error
            true  | 99 | UNAVAILABLE | errno 99
            """)
    void errnoIsExplainedForTheTechnician(boolean exists, int errno, TransportException.Reason reason, String text) {
        TransportException e = OpenFailure.explain("/dev/ttyUSB0", exists, errno, 394);
        assertThat(e.reason()).isEqualTo(reason);
        assertThat(e.getMessage()).contains("/dev/ttyUSB0").contains(text);
    }
}
