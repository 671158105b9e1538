package org.lingong.devices.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.lingong.devices.idcard.codec.CardPayloads;
import org.lingong.devices.idcard.codec.Hex;
import org.lingong.devices.idcard.codec.SamCommand;
import org.lingong.devices.idcard.codec.SamFrame;
import org.lingong.devices.idcard.codec.SamResult;
import org.lingong.devices.idcard.codec.TextBlockEncoder;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.transport.PipeTransport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportException.Reason;

/** Replies no correct reader sends, scripted byte by byte on the device end of a pipe. */
class ScriptedReplyTest {

    private final PipeTransport pipe = PipeTransport.create("scripted");
    private final SamReaderSession session = new SamReaderSession(pipe);

    ScriptedReplyTest() throws TransportException {
        pipe.open();
    }

    @Test
    void requestBytesOnTheWireAreExact() throws Exception {
        answerNextRequestWith(SamFrame.response(SamResult.FIND_FAILED, new byte[0]).toBytes());

        session.findCard();

        assertThat(Hex.of(lastRequest)).isEqualTo("AA AA AA 96 69 00 03 20 01 22");
    }

    @Test
    void cardDataThatDoesNotDecodeIsAValueNamingTheField() throws Exception {
        byte[] text = TextBlockEncoder.encode(FictionalCards.RESIDENT);
        byte[] badDate = "19900231".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        System.arraycopy(badDate, 0, text, 36, badDate.length);
        answerNextRequestWith(SamFrame.response(SamResult.SUCCESS,
                CardPayloads.buildTextPhoto(text, new byte[1024])).toBytes());

        CardReadOutcome outcome = session.readSelectedCard(ReadMode.TEXT_PHOTO);

        assertThat(outcome).isInstanceOfSatisfying(CardReadOutcome.InvalidCardData.class, invalid -> {
            assertThat(invalid.error().field()).isEqualTo("birthDate");
            assertThat(invalid.toString()).doesNotContain("19900231");
        });
    }

    @Test
    void lengthFieldsThatDoNotMatchTheFrameAreInvalidCardData() throws Exception {
        answerNextRequestWith(SamFrame.response(SamResult.SUCCESS, Hex.bytes("01 00 04 00 00 00")).toBytes());

        assertThat(session.readSelectedCard(ReadMode.TEXT_PHOTO))
                .isInstanceOfSatisfying(CardReadOutcome.InvalidCardData.class,
                        invalid -> assertThat(invalid.error().field()).isEqualTo("lengthFields"));
    }

    @Test
    void replyWithoutResultCodeIsAProtocolError() throws Exception {
        answerNextRequestWith(SamFrame.ofBody(Hex.bytes("00 00")).toBytes());

        assertThatThrownBy(session::samStatus).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.PROTOCOL);
            assertThat(e.getMessage()).contains("too short for SW1 SW2 SW3");
        });
    }

    @Test
    void unknownResultCodeOnFindIsReadFailedWithThatCode() throws Exception {
        answerNextRequestWith(SamFrame.response(SamResult.of(0x60), new byte[0]).toBytes());

        assertThat(session.readCard(ReadMode.TEXT_PHOTO))
                .isEqualTo(new CardReadOutcome.ReadFailed(SamCommand.FIND_CARD, SamResult.SAM_SELF_TEST_FAILED));
    }

    private volatile byte[] lastRequest;

    /** On a helper thread: reads one 10-byte request, then writes {@code reply}. */
    private void answerNextRequestWith(byte[] reply) {
        Thread t = new Thread(() -> {
            try {
                InputStream in = pipe.deviceEnd().input();
                lastRequest = in.readNBytes(10);
                pipe.deviceEnd().output().write(reply);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        t.setDaemon(true);
        t.start();
    }
}
