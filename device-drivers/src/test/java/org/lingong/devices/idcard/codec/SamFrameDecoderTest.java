package org.lingong.devices.idcard.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SamFrameDecoderTest {

    private static final String FIND_OK = "AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97";
    private static final String NO_CARD = "AA AA AA 96 69 00 04 00 00 80 84";

    private final SamFrameDecoder decoder = new SamFrameDecoder();

    @Test
    void frameFedOneByteAtATimeCompletesOnItsLastByte() {
        byte[] wire = Hex.bytes(FIND_OK);
        List<FrameEvent> events = new ArrayList<>();
        for (int i = 0; i < wire.length; i++) {
            assertThat(events).as("events before byte %d", i).isEmpty();
            events.addAll(decoder.feed(wire, i, 1));
        }
        assertThat(events).containsExactly(new FrameEvent.Received(SamFrame.response(SamResult.FIND_OK, new byte[4])));
        assertThat(decoder.buffered()).isZero();
    }

    @Test
    void garbageBeforeThePreambleIsSkippedAndCounted() {
        List<FrameEvent> events = decoder.feed(Hex.bytes("00 13 AA AA 96 AA 7F " + NO_CARD));

        assertThat(events).containsExactly(new FrameEvent.Received(SamFrame.response(SamResult.FIND_FAILED, new byte[0])));
        assertThat(decoder.skippedBytes()).isEqualTo(7);
    }

    @Test
    void badChecksumIsReportedAndTheNextFrameStillDecodes() {
        byte[] bad = Hex.bytes("AA AA AA 96 69 00 04 00 00 80 85");

        List<FrameEvent> events = decoder.feed(concat(bad, Hex.bytes(NO_CARD)));

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(FrameEvent.Rejected.class, r -> {
            assertThat(r.error()).isEqualTo(FrameEvent.FrameError.BAD_CHECKSUM);
            assertThat(r.detail()).contains("checksum 85", "AA AA AA 96 69 00 04");
        });
        assertThat(events.get(1)).isInstanceOf(FrameEvent.Received.class);
    }

    @Test
    void impossibleLengthIsReportedWithoutWaitingForThatManyBytes() {
        List<FrameEvent> events = decoder.feed(concat(Hex.bytes("AA AA AA 96 69 FF FF"), Hex.bytes(NO_CARD)));

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(FrameEvent.Rejected.class,
                r -> assertThat(r.error()).isEqualTo(FrameEvent.FrameError.IMPOSSIBLE_LENGTH));
        assertThat(events.get(1)).isInstanceOf(FrameEvent.Received.class);
    }

    @Test
    void truncatedFrameFollowedByAFullOneYieldsTheFullOne() {
        byte[] full = SamFrame.response(SamResult.SUCCESS, new byte[100]).toBytes();
        byte[] truncated = java.util.Arrays.copyOf(full, 40);

        List<FrameEvent> events = decoder.feed(concat(truncated, full));
        events.addAll(decoder.feed(new byte[60]));

        assertThat(events).filteredOn(e -> e instanceof FrameEvent.Received)
                .containsExactly(new FrameEvent.Received(SamFrame.response(SamResult.SUCCESS, new byte[100])));
    }

    @Test
    void bytesWantedNeverReachesIntoTheNextFrame() {
        assertThat(decoder.bytesWanted()).isEqualTo(7);
        decoder.feed(Hex.bytes("AA AA AA"));
        assertThat(decoder.bytesWanted()).isEqualTo(4);
        decoder.feed(Hex.bytes("96 69 00 04"));
        assertThat(decoder.bytesWanted()).isEqualTo(4);
        assertThat(decoder.expectedFrameLength()).hasValue(11);
        decoder.feed(Hex.bytes("00 00 80"));
        assertThat(decoder.bytesWanted()).isEqualTo(1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
