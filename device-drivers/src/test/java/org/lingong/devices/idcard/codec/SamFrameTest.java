package org.lingong.devices.idcard.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The byte-exact frames of devices.md A.2 and A.3. */
class SamFrameTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(textBlock = """
            RESET_SAM,                   AA AA AA 96 69 00 03 10 FF EC
            SAM_STATUS,                  AA AA AA 96 69 00 03 11 FF ED
            READ_SAM_ID,                 AA AA AA 96 69 00 03 12 FF EE
            FIND_CARD,                   AA AA AA 96 69 00 03 20 01 22
            SELECT_CARD,                 AA AA AA 96 69 00 03 20 02 21
            READ_TEXT_PHOTO,             AA AA AA 96 69 00 03 30 01 32
            READ_APPENDED_ADDRESS,       AA AA AA 96 69 00 03 30 03 30
            READ_TEXT_PHOTO_FINGERPRINT, AA AA AA 96 69 00 03 30 10 23
            SET_BAUD_115200,             AA AA AA 96 69 00 03 60 00 63
            SET_BAUD_9600,               AA AA AA 96 69 00 03 60 04 67
            """)
    void requestFramesAreByteExact(SamCommand command, String expectedHex) {
        assertThat(Hex.of(command.requestBytes())).isEqualTo(Hex.normalized(expectedHex));
        assertThat(SamFrame.request(command).frameLength()).isEqualTo(10);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            115200, SET_BAUD_115200
            57600,  SET_BAUD_57600
            38400,  SET_BAUD_38400
            19200,  SET_BAUD_19200
            9600,   SET_BAUD_9600
            """)
    void setBaudCommandsFollowTheBaudTable(int baud, SamCommand command) {
        assertThat(SamCommand.setBaud(baud)).contains(command);
        assertThat(command.baud()).isEqualTo(baud);
    }

    @Test
    void unsupportedBaudHasNoCommand() {
        assertThat(SamCommand.setBaud(4800)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            find OK,       AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97,                   9F, 00 00 00 00
            no card,       AA AA AA 96 69 00 04 00 00 80 84,                               80, ''
            select OK,     AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C,       90, 00 00 00 00 00 00 00 00
            select failed, AA AA AA 96 69 00 04 00 00 81 85,                               81, ''
            read failed,   AA AA AA 96 69 00 04 00 00 41 45,                               41, ''
            SAM status OK, AA AA AA 96 69 00 04 00 00 90 94,                               90, ''
            """)
    void quotedResponsesDecodeAndReEncodeByteExactly(String what, String wireHex, String sw3Hex, String dataHex) {
        List<FrameEvent> events = new SamFrameDecoder().feed(Hex.bytes(wireHex));

        assertThat(events).hasSize(1).first().isInstanceOf(FrameEvent.Received.class);
        SamFrame frame = ((FrameEvent.Received) events.get(0)).frame();
        assertThat(frame.result()).isEqualTo(SamResult.of(Hex.bytes(sw3Hex)[0] & 0xFF));
        assertThat(Hex.of(frame.responseData())).isEqualTo(Hex.normalized(dataHex));
        assertThat(frame.frameLength()).isEqualTo(Hex.bytes(wireHex).length);
        assertThat(Hex.of(SamFrame.response(frame.result(), frame.responseData()).toBytes()))
                .isEqualTo(Hex.normalized(wireHex));
    }

    @Test
    void frameLengthIsSevenPlusLen() {
        SamFrame read = SamFrame.response(SamResult.SUCCESS, new byte[4 + 256 + 1024]);
        byte[] wire = read.toBytes();

        assertThat(wire).hasSize(1295);
        assertThat(Hex.of(java.util.Arrays.copyOf(wire, 14))).isEqualTo("AA AA AA 96 69 05 08 00 00 90 00 00 00 00");
        assertThat(read.len()).isEqualTo(0x0508);
        assertThat(read.frameLength()).isEqualTo(7 + 0x0508);
    }

    @Test
    void checksumIsXorOfLenAndBody() {
        byte[] wire = SamFrame.ofBody(Hex.bytes("61 FF 50")).toBytes();

        assertThat(Hex.of(wire)).isEqualTo("AA AA AA 96 69 00 04 61 FF 50 CA");
    }

    @Test
    void toStringShowsNoCardData() {
        SamFrame read = SamFrame.response(SamResult.SUCCESS, "王示例".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

        assertThat(read.toString()).isEqualTo("SamFrame[LEN=10, body=00 00 90 +6 bytes]");
    }
}
