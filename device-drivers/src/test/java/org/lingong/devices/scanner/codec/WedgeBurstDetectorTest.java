package org.lingong.devices.scanner.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WedgeBurstDetectorTest {

    private static final long MS = 1_000_000L;
    private final WedgeBurstDetector detector = new WedgeBurstDetector();
    private final List<WedgeResult> out = new ArrayList<>();

    @Test
    void fastKeysEndedByEnterAreAScan() {
        type("6901234567892\r", 0, 8);
        assertThat(out).containsExactly(new WedgeResult.Scan("6901234567892", true));
    }

    @Test
    void slowKeysAreHumanTypingPassedThroughWithTheirEnter() {
        type("ab\r", 0, 200);
        assertThat(out).containsExactly(new WedgeResult.HumanTyping("a"), new WedgeResult.HumanTyping("b"),
                new WedgeResult.HumanTyping("\r"));
    }

    @Test
    void aFastButShortBurstIsHumanTyping() {
        type("12\r", 0, 5);
        assertThat(out).containsExactly(new WedgeResult.HumanTyping("12\r"));
    }

    @Test
    void aBurstWithoutSuffixEndsWhenFlushedAfterTheGap() {
        long last = type("ABCDEFGH", 0, 10);
        assertThat(detector.flush(last + 35 * MS)).as("gap of exactly 35 ms still belongs to the burst").isEmpty();
        assertThat(detector.flush(last + 36 * MS)).containsExactly(new WedgeResult.Scan("ABCDEFGH", false));
        assertThat(detector.pendingLength()).isZero();
    }

    @Test
    void aKeyAfterALongGapEndsThePreviousBurstAndStartsANewOne() {
        long last = type("QRCODE01", 0, 10);
        out.addAll(detector.onKey('x', last + 500 * MS));
        assertThat(out).containsExactly(new WedgeResult.Scan("QRCODE01", false));
        assertThat(detector.pendingLength()).isEqualTo(1);
    }

    @Test
    void aBurstReachingTheMaximumLengthEndsThere() {
        WedgeBurstDetector small = new WedgeBurstDetector(Duration.ofMillis(35), 2, 4);
        List<WedgeResult> results = new ArrayList<>();
        for (char c : "ABCDEF".toCharArray()) {
            results.addAll(small.onKey(c, 0));
        }
        assertThat(results).containsExactly(new WedgeResult.Scan("ABCD", false));
        assertThat(small.pendingLength()).isEqualTo(2);
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThatThrownBy(() -> new WedgeBurstDetector(Duration.ZERO, 6, 10)).hasMessageContaining("maxGap");
        assertThatThrownBy(() -> new WedgeBurstDetector(Duration.ofMillis(35), 6, 5)).hasMessageContaining("minLength");
    }

    private long type(String keys, long startNanos, long gapMillis) {
        long t = startNanos;
        for (char c : keys.toCharArray()) {
            out.addAll(detector.onKey(c, t));
            t += gapMillis * MS;
        }
        return t - gapMillis * MS;
    }
}
