package org.lingong.devices.scanner.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.devices.testing.Gen;

class WedgeBurstDetectorProperties {

    private static final long MS = 1_000_000L;

    @ParameterizedTest
    @MethodSource("bursts")
    void scannerBurstsSeparatedByPausesAreRecognisedExactly(List<String> codes, int interKeyMillis, int pauseMillis) {
        WedgeBurstDetector detector = new WedgeBurstDetector();
        List<WedgeResult> results = new ArrayList<>();
        long t = 1_000 * MS;
        for (String code : codes) {
            for (char c : (code + "\r").toCharArray()) {
                results.addAll(detector.onKey(c, t));
                t += interKeyMillis * MS;
            }
            t += pauseMillis * MS;
        }
        results.addAll(detector.flush(t));

        assertThat(results).containsExactlyElementsOf(codes.stream()
                .map(code -> (WedgeResult) new WedgeResult.Scan(code, true)).toList());
    }

    @ParameterizedTest
    @MethodSource("slowTyping")
    void keysTypedSlowerThanTheThresholdAreNeverAScan(List<Character> keys, int gapMillis) {
        WedgeBurstDetector detector = new WedgeBurstDetector();
        List<WedgeResult> results = new ArrayList<>();
        long t = 0;
        for (char c : keys) {
            results.addAll(detector.onKey(c, t));
            t += gapMillis * MS;
        }
        results.addAll(detector.flush(t));

        assertThat(results).allMatch(r -> r instanceof WedgeResult.HumanTyping);
    }

    @ParameterizedTest
    @MethodSource("keysAndGaps")
    void noKeyIsLostOrInvented(List<Character> keys, List<Integer> gapsMillis) {
        WedgeBurstDetector detector = new WedgeBurstDetector();
        StringBuilder typed = new StringBuilder();
        StringBuilder seen = new StringBuilder();
        long t = 0;
        for (int i = 0; i < keys.size(); i++) {
            typed.append(keys.get(i));
            detector.onKey(keys.get(i), t).forEach(r -> append(seen, r));
            t += gapsMillis.get(i % Math.max(1, gapsMillis.size())) * MS;
        }
        detector.flush(t + 1_000 * MS).forEach(r -> append(seen, r));

        assertThat(seen.toString()).isEqualTo(typed.toString().replace("\n", "\r"));
    }

    static Stream<Arguments> bursts() {
        return Gen.cases(1000, gen -> Arguments.of(gen.list(1, 6, () -> gen.string(6, 60, () -> gen.charBetween('!', '~'))),
                gen.between(0, 35), gen.between(36, 2000)));
    }

    static Stream<Arguments> slowTyping() {
        return Gen.cases(1000, gen -> Arguments.of(gen.list(0, 40, () -> gen.charBetween('\u0000', '\uffff')),
                gen.between(36, 3000)));
    }

    static Stream<Arguments> keysAndGaps() {
        return Gen.cases(1000, gen -> Arguments.of(gen.list(0, 80, () -> gen.charOf("ab12\r")),
                gen.list(1, 80, () -> gen.between(0, 80))));
    }

    private static void append(StringBuilder seen, WedgeResult result) {
        if (result instanceof WedgeResult.Scan scan) {
            seen.append(scan.text()).append(scan.endedByEnter() ? "\r" : "");
        } else if (result instanceof WedgeResult.HumanTyping human) {
            seen.append(human.text());
        }
    }
}
