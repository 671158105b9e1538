package org.lingong.devices.idcard.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lingong.devices.idcard.codec.Hex;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.platform.api.workers.IdNumber;

/** The simulator's replies to raw request bytes. */
class IdCardReaderSimulatorTest {

    private final IdCardReaderSimulator simulator = new IdCardReaderSimulator();

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            find on empty reader,       AA AA AA 96 69 00 03 20 01 22, AA AA AA 96 69 00 04 00 00 80 84
            select on empty reader,     AA AA AA 96 69 00 03 20 02 21, AA AA AA 96 69 00 04 00 00 81 85
            read on empty reader,       AA AA AA 96 69 00 03 30 01 32, AA AA AA 96 69 00 04 00 00 41 45
            SAM status,                 AA AA AA 96 69 00 03 11 FF ED, AA AA AA 96 69 00 04 00 00 90 94
            host frame with bad CHK,    AA AA AA 96 69 00 03 20 01 23, AA AA AA 96 69 00 04 00 00 10 14
            unknown command,            AA AA AA 96 69 00 03 77 01 75, AA AA AA 96 69 00 04 00 00 21 25
            """)
    void answersRawRequests(String what, String request, String reply) throws IOException {
        assertThat(Hex.of(serve(request))).isEqualTo(Hex.normalized(reply));
    }

    @Test
    void placedCardIsFoundAndSelectedWithTheQuotedFrames() throws IOException {
        simulator.place(FictionalCards.RESIDENT);

        assertThat(Hex.of(serve("AA AA AA 96 69 00 03 20 01 22 AA AA AA 96 69 00 03 20 02 21")))
                .isEqualTo("AA AA AA 96 69 00 08 00 00 9F 00 00 00 00 97 "
                        + "AA AA AA 96 69 00 0C 00 00 90 00 00 00 00 00 00 00 00 9C");
    }

    @Test
    void readReplyIs1295Bytes() throws IOException {
        simulator.place(FictionalCards.RESIDENT);

        byte[] reply = serve("AA AA AA 96 69 00 03 30 01 32");

        assertThat(reply).hasSize(1295);
        assertThat(simulator.receivedCount(org.lingong.devices.idcard.codec.SamCommand.READ_TEXT_PHOTO)).isEqualTo(1);
    }

    @Test
    void everyFictionalCardNumberIsAValidIdNumber() {
        for (IdCard card : FictionalCards.ALL) {
            assertThat(IdNumber.isValid(card.documentNumber())).as(card.toString()).isTrue();
        }
        assertThat(FictionalCards.RESIDENT_CHECK_X.documentNumber()).endsWith("X");
        assertThat(FictionalCards.MONGOLIAN_WORKER.documentNumber()).startsWith("15");
        assertThat(FictionalCards.HMT_HONG_KONG.documentNumber()).startsWith("810000");
    }

    private byte[] serve(String requestHex) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        simulator.serve(new ByteArrayInputStream(Hex.bytes(requestHex)), out);
        return out.toByteArray();
    }
}
