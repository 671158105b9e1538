package org.lingong.devices.scanner.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class WedgeBurstDetectorProperties {

    private static final long MS = 1_000_000L;

    @Property
    void scannerBurstsSeparatedByPausesAreRecognisedExactly(
            @ForAll("codes") @Size(min = 1, max = 6) List<String> codes,
            @ForAll @IntRange(min = 0, max = 35) int interKeyMillis,
            @ForAll @IntRange(min = 36, max = 2000) int pauseMillis) {
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

    @Property
    void keysTypedSlowerThanTheThresholdAreNeverAScan(@ForAll @Size(max = 40) List<Character> keys,
                                                      @ForAll @IntRange(min = 36, max = 3000) int gapMillis) {
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

    @Property
    void noKeyIsLostOrInvented(@ForAll("keys") List<Character> keys,
                               @ForAll("gaps") List<Integer> gapsMillis) {
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

    @Provide
    Arbitrary<List<String>> codes() {
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(6).ofMaxLength(60).list();
    }

    @Provide
    Arbitrary<List<Character>> keys() {
        return Arbitraries.chars().with('a', 'b', '1', '2', '\r').list().ofMaxSize(80);
    }

    @Provide
    Arbitrary<List<Integer>> gaps() {
        return Arbitraries.integers().between(0, 80).list().ofMinSize(1).ofMaxSize(80);
    }

    private static void append(StringBuilder seen, WedgeResult result) {
        if (result instanceof WedgeResult.Scan scan) {
            seen.append(scan.text()).append(scan.endedByEnter() ? "\r" : "");
        } else if (result instanceof WedgeResult.HumanTyping human) {
            seen.append(human.text());
        }
    }
}
