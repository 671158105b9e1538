package org.lingong.devices.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.idcard.codec.OpaqueBytes;
import org.lingong.devices.idcard.codec.SamCommand;
import org.lingong.devices.idcard.codec.SamResult;
import org.lingong.devices.idcard.sim.Fault;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.idcard.sim.IdCardReaderSimulator;
import org.lingong.devices.testing.SimulatorOnPty;
import org.lingong.devices.transport.TransportException.Reason;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.serial.SerialTransport;

/**
 * The whole path a kiosk uses: simulator on TCP, socat pseudo-terminal, jSerialComm port, session.
 * Ptys ignore the baud rate, so timing comes from the simulator's own pacing.
 */
class SerialEndToEndTest {

    @TempDir
    Path dir;

    private final IdCardReaderSimulator simulator = new IdCardReaderSimulator();
    private SimulatorOnPty pty;
    private SerialTransport port;
    private SamReaderSession session;

    @BeforeEach
    void plugIn() throws IOException {
        pty = SimulatorOnPty.start(simulator, dir.resolve("ttyIDR"));
        port = SerialTransport.of(pty.path(), 115200);
        port.open();
        session = new SamReaderSession(port,
                SamTimeouts.defaults().with(SamCommand.READ_TEXT_PHOTO, Duration.ofMillis(1500)));
    }

    @AfterEach
    void unplugAll() {
        port.close();
        pty.close();
    }

    @Test
    void readsAResidentCard() throws TransportException {
        simulator.place(FictionalCards.MONGOLIAN_WORKER);

        assertThat(session.samStatus()).isEqualTo(SamResult.SUCCESS);
        assertThat(session.readCard(ReadMode.TEXT_PHOTO)).isEqualTo(new CardReadOutcome.CardRead(
                FictionalCards.MONGOLIAN_WORKER.withImages(FictionalCards.MONGOLIAN_WORKER.photo(), OpaqueBytes.EMPTY)));
        assertThat(session.readCard(ReadMode.TEXT_PHOTO_FINGERPRINT))
                .isEqualTo(new CardReadOutcome.CardRead(FictionalCards.MONGOLIAN_WORKER));
    }

    @Test
    void emptyReaderIsNoCard() throws TransportException {
        assertThat(session.readCard(ReadMode.TEXT_PHOTO)).isEqualTo(new CardReadOutcome.NoCard());
    }

    @Test
    void badChecksumThenSuccessfulRetry() throws TransportException {
        simulator.place(FictionalCards.RESIDENT);
        simulator.injectOnce(Fault.BAD_CHECKSUM, SamCommand.READ_TEXT_PHOTO);

        assertThatThrownBy(() -> session.readCard(ReadMode.TEXT_PHOTO))
                .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.reason()).isEqualTo(Reason.PROTOCOL));
        assertThat(session.readCard(ReadMode.TEXT_PHOTO)).isInstanceOf(CardReadOutcome.CardRead.class);
    }

    @Test
    void garbageBeforeTheFrameIsSkipped() throws TransportException {
        simulator.place(FictionalCards.RESIDENT_CHECK_X);
        simulator.injectOnce(Fault.GARBAGE, SamCommand.READ_TEXT_PHOTO);

        assertThat(session.readCard(ReadMode.TEXT_PHOTO)).isInstanceOfSatisfying(CardReadOutcome.CardRead.class,
                read -> assertThat(read.card().documentNumber()).endsWith("X"));
    }

    @Test
    void truncatedFrameTimesOutWithTheReason() throws TransportException {
        simulator.place(FictionalCards.RESIDENT);
        simulator.injectOnce(Fault.TRUNCATED_FRAME, SamCommand.READ_TEXT_PHOTO);

        assertThatThrownBy(() -> session.readCard(ReadMode.TEXT_PHOTO))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
                    assertThat(e.getMessage()).contains("received 647 of 1295 bytes (truncated frame)");
                });
        assertThat(session.readCard(ReadMode.TEXT_PHOTO)).isInstanceOf(CardReadOutcome.CardRead.class);
    }

    @Test
    void slowPacedReadArrivesWhole() throws TransportException {
        simulator.place(FictionalCards.FOREIGNER_2017);
        simulator.setPacing(115_200);

        assertThat(session.readCard(ReadMode.TEXT_PHOTO)).isInstanceOfSatisfying(CardReadOutcome.CardRead.class,
                read -> assertThat(read.card().photo()).isEqualTo(FictionalCards.FOREIGNER_2017.photo()));
    }

    @Test
    void unplugMidFrameIsDisconnectedAndAReplugReadsAgain() throws IOException {
        simulator.place(FictionalCards.HMT_HONG_KONG);
        simulator.injectOnce(Fault.UNPLUG_MID_FRAME, SamCommand.READ_TEXT_PHOTO);

        assertThatThrownBy(() -> session.readCard(ReadMode.TEXT_PHOTO))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED));
        assertThat(port.isConnected()).isFalse();
        port.close();

        pty.replug();
        SerialTransport fresh = SerialTransport.of(pty.path(), 115200);
        fresh.open();
        try {
            assertThat(new SamReaderSession(fresh).readCard(ReadMode.TEXT_PHOTO))
                    .isInstanceOfSatisfying(CardReadOutcome.CardRead.class,
                            read -> assertThat(read.card()).isInstanceOf(
                                    org.lingong.devices.idcard.codec.HmtResidencePermit.class));
        } finally {
            fresh.close();
        }
    }
}
