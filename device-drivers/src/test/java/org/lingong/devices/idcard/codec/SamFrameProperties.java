package org.lingong.devices.idcard.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.devices.testing.Gen;

class SamFrameProperties {

    @ParameterizedTest
    @MethodSource("responses")
    void anyResponseSurvivesEncodeAndDecode(byte[] payload, int sw3) {
        SamFrame frame = SamFrame.response(SamResult.of(sw3), payload);
        byte[] wire = frame.toBytes();

        List<FrameEvent> events = new SamFrameDecoder().feed(wire);

        assertThat(wire).hasSize(frame.frameLength()).hasSize(7 + payload.length + 4);
        assertThat(events).containsExactly(new FrameEvent.Received(frame));
        assertThat(((FrameEvent.Received) events.get(0)).frame().responseData()).isEqualTo(payload);
    }

    @ParameterizedTest
    @MethodSource("framesWithGarbage")
    void decoderFindsEveryFrameBehindGarbageWhateverTheChunking(List<FrameWithGarbage> stream, List<Integer> chunkSizes) {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        for (FrameWithGarbage f : stream) {
            wire.writeBytes(f.garbage());
            wire.writeBytes(f.frame().toBytes());
        }
        byte[] bytes = wire.toByteArray();
        SamFrameDecoder decoder = new SamFrameDecoder();
        List<FrameEvent> events = new ArrayList<>();
        int pos = 0;
        for (int i = 0; pos < bytes.length; i++) {
            int n = Math.min(chunkSizes.get(i % chunkSizes.size()), bytes.length - pos);
            events.addAll(decoder.feed(bytes, pos, n));
            pos += n;
        }

        assertThat(events).containsExactlyElementsOf(stream.stream()
                .map(f -> (FrameEvent) new FrameEvent.Received(f.frame())).toList());
        assertThat(decoder.buffered()).isZero();
    }

    record FrameWithGarbage(byte[] garbage, SamFrame frame) {
    }

    static Stream<Arguments> responses() {
        return Gen.cases(1000, gen -> Arguments.of(gen.bytes(0, 3000), gen.between(0, 255)));
    }

    static Stream<Arguments> framesWithGarbage() {
        return Gen.cases(1000, gen -> Arguments.of(
                gen.list(1, 5, () -> new FrameWithGarbage(garbage(gen),
                        SamFrame.response(SamResult.of(gen.between(0, 255)), gen.bytes(0, 300)))),
                gen.list(1, 20, () -> gen.between(1, 97))));
    }

    /**
     * Up to 44 random bytes, often ending in the first 1-4 bytes of a preamble, that do not contain a whole
     * preamble (which would rightly start a frame).
     */
    private static byte[] garbage(Gen gen) {
        byte[] garbage;
        do {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes(gen.bytes(0, 40));
            if (gen.bool()) {
                bytes.write(SamFrame.PREAMBLE, 0, gen.between(1, 4));
            }
            garbage = bytes.toByteArray();
        } while (containsPreamble(garbage));
        return garbage;
    }

    private static boolean containsPreamble(byte[] b) {
        outer:
        for (int i = 0; i + 5 <= b.length; i++) {
            for (int k = 0; k < 5; k++) {
                if (b[i + k] != SamFrame.PREAMBLE[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
