package org.lingong.platform.server.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SigningWindowTest {

    private static final long NOW = 1_780_000_000_000L;
    private static final SigningWindow FIVE_MINUTES = new SigningWindow(Duration.ofMinutes(5));

    @ParameterizedTest(name = "now {0}, timestamp {1} -> {2}")
    @CsvSource(textBlock = """
            1780000000000,        1780000000000,        true
            1780000000000,        1779999700000,        true
            1780000000000,        1780000300000,        true
            1780000000000,        1779999699999,        false
            1780000000000,        1780000300001,        false
            1780000000000,        -9223370256854775808, false
            1780000000000,        -9223372036854775808, false
            1780000000000,        9223372036854775807,  false
            -1,                   9223372036854775807,  false
            9223372036854775807,  -9223372036854775808, false
            -9223372036854775808, -9223372036854775808, true
            """)
    void admitsOnlyTimestampsWithinTheSkewWithoutOverflow(long now, long timestamp, boolean admitted) {
        assertThat(FIVE_MINUTES.admits(now, timestamp)).isEqualTo(admitted);
    }

    @ParameterizedTest(name = "now - 2^63 + {0} ms")
    @CsvSource({"0", "1", "-1", "300000", "-300000"})
    void timestampNearNowMinusTwoToTheSixtyThirdIsStale(long offset) {
        assertThat(FIVE_MINUTES.admits(NOW, NOW + Long.MIN_VALUE + offset)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void thePlainDifferenceWouldHaveAdmittedNowMinusTwoToTheSixtyThird() {
        assertThat(Math.abs(NOW - (NOW + Long.MIN_VALUE))).as("|now - (now - 2^63)| in long arithmetic").isNegative();
    }
}
