package org.lingong.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lingong.devices.scanner.codec.WedgeBurstDetector;

class WedgeInputTest {

    private static final long MS = 1_000_000L;

    private final List<Scan> routed = new ArrayList<>();
    private long now = 1_000 * MS;
    private final WedgeInput input = new WedgeInput(new WedgeBurstDetector(), routed::add, () -> now);

    @Test
    void aFastBurstEndedByEnterIsRoutedAndNothingPassesThrough() {
        StringBuilder passed = new StringBuilder();
        for (char c : "LG1.abc-123\r".toCharArray()) {
            passed.append(input.onKey(c));
            now += 5 * MS;
        }

        assertThat(passed).isEmpty();
        assertThat(routed).containsExactly(new Scan("LG1.abc-123", ScanSource.KEYBOARD_WEDGE));
        assertThat(input.holding()).isFalse();
    }

    @Test
    void slowTypingPassesThroughUnchangedAndIsNeverRouted() {
        StringBuilder passed = new StringBuilder();
        for (char c : "138abc".toCharArray()) {
            passed.append(input.onKey(c));
            now += 200 * MS;
        }
        passed.append(input.flush());

        assertThat(passed.toString()).isEqualTo("138abc");
        assertThat(routed).isEmpty();
    }

    @Test
    void aBurstWithoutEnterIsRoutedOnceTheFlushFindsItSilent() {
        for (char c : "JOB-7701".toCharArray()) {
            assertThat(input.onKey(c)).isEmpty();
            now += 3 * MS;
        }
        assertThat(input.holding()).isTrue();
        now += input.flushDelay().toNanos();

        assertThat(input.flush()).isEmpty();
        assertThat(routed).extracting(Scan::text).containsExactly("JOB-7701");
    }

    @Test
    void aScanNeverShowsItsTextInItsDescription() {
        assertThat(new Scan("LG1.secret-token-value", ScanSource.SERIAL_SCANNER).toString())
                .doesNotContain("secret").contains("22 chars", "referral token");
    }
}
