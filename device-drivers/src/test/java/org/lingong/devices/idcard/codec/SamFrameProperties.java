package org.lingong.devices.idcard.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class SamFrameProperties {

    @Property
    void anyResponseSurvivesEncodeAndDecode(@ForAll @Size(max = 3000) byte[] payload,
                                            @ForAll @IntRange(max = 255) int sw3) {
        SamFrame frame = SamFrame.response(SamResult.of(sw3), payload);
        byte[] wire = frame.toBytes();

        List<FrameEvent> events = new SamFrameDecoder().feed(wire);

        assertThat(wire).hasSize(frame.frameLength()).hasSize(7 + payload.length + 4);
        assertThat(events).containsExactly(new FrameEvent.Received(frame));
        assertThat(((FrameEvent.Received) events.get(0)).frame().responseData()).isEqualTo(payload);
    }

    @Property
    void decoderFindsEveryFrameBehindGarbageWhateverTheChunking(
            @ForAll("framesWithGarbage") List<FrameWithGarbage> stream,
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 1, max = 97) Integer> chunkSizes) {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        for (FrameWithGarbage f : stream) {
            Assume.that(!containsPreamble(f.garbage()));
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

    @Provide
    Arbitrary<List<FrameWithGarbage>> framesWithGarbage() {
        Arbitrary<byte[]> garbage = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        Arbitrary<SamFrame> frames = Arbitraries.bytes().array(byte[].class).ofMaxSize(300)
                .flatMap(data -> Arbitraries.integers().between(0, 255)
                        .map(sw3 -> SamFrame.response(SamResult.of(sw3), data)));
        return net.jqwik.api.Combinators.combine(garbage, frames).as(FrameWithGarbage::new).list().ofMinSize(1).ofMaxSize(5);
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
