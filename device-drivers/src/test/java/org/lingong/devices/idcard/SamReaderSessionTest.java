package org.lingong.devices.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lingong.devices.idcard.codec.CardType;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.codec.OpaqueBytes;
import org.lingong.devices.idcard.codec.SamCommand;
import org.lingong.devices.idcard.codec.SamResult;
import org.lingong.devices.idcard.sim.Fault;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportException.Reason;

/** The session against the simulator over the in-memory pipe, with every injectable fault. */
class SamReaderSessionTest {

    private PipedSimulator reader;
    private SamReaderSession session;

    @BeforeEach
    void startReader() throws TransportException {
        reader = PipedSimulator.start();
        session = new SamReaderSession(reader.transport,
                SamTimeouts.defaults().with(SamCommand.READ_TEXT_PHOTO, Duration.ofMillis(600)));
    }

    @AfterEach
    void stopReader() throws InterruptedException {
        reader.close();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CardType.class)
    void readsEveryCardTypeWithItsPhoto(CardType type) throws TransportException {
        for (IdCard card : FictionalCards.ALL.stream().filter(c -> c.cardType() == type).toList()) {
            reader.simulator.place(card);

            CardReadOutcome outcome = session.readCard(ReadMode.TEXT_PHOTO);

            assertThat(outcome).isEqualTo(new CardReadOutcome.CardRead(card.withImages(card.photo(), OpaqueBytes.EMPTY)));
        }
    }

    @Test
    void readsFingerprintWhenAskedAndAcceptsCardsWithout() throws TransportException {
        reader.simulator.place(FictionalCards.RESIDENT_CHECK_X);
        assertThat(session.readCard(ReadMode.TEXT_PHOTO_FINGERPRINT))
                .isEqualTo(new CardReadOutcome.CardRead(FictionalCards.RESIDENT_CHECK_X));

        reader.simulator.place(FictionalCards.RESIDENT);
        CardReadOutcome withoutFingerprint = session.readCard(ReadMode.TEXT_PHOTO_FINGERPRINT);
        assertThat(withoutFingerprint).isEqualTo(new CardReadOutcome.CardRead(FictionalCards.RESIDENT));
        assertThat(((CardReadOutcome.CardRead) withoutFingerprint).card().fingerprint().isEmpty()).isTrue();
    }

    @Test
    void emptyReaderIsNoCard() throws TransportException {
        assertThat(session.readCard(ReadMode.TEXT_PHOTO)).isEqualTo(new CardReadOutcome.NoCard());
        assertThat(reader.simulator.receivedCount(SamCommand.SELECT_CARD)).isZero();
    }

    @Test
    void noCardFaultAtEachStepIsTheMatchingValue() throws TransportException {
        reader.simulator.place(FictionalCards.RESIDENT);

        reader.simulator.injectOnce(Fault.NO_CARD, SamCommand.FIND_CARD);
        assertThat(session.readCard(ReadMode.TEXT_PHOTO)).isEqualTo(new CardReadOutcome.NoCard());
        reader.simulator.injectOnce(Fault.NO_CARD, SamCommand.SELECT_CARD);
        assertThat(session.readCard(ReadMode.TEXT_PHOTO))
                .isEqualTo(new CardReadOutcome.ReadFailed(SamCommand.SELECT_CARD, SamResult.SELECT_FAILED));
        reader.simulator.injectOnce(Fault.NO_CARD, SamCommand.READ_TEXT_PHOTO);
        assertThat(session.readCard(ReadMode.TEXT_PHOTO))
                .isEqualTo(new CardReadOutcome.ReadFailed(SamCommand.READ_TEXT_PHOTO, SamResult.READ_FAILED));

        assertThat(session.readCard(ReadMode.TEXT_PHOTO)).isInstanceOf(CardReadOutcome.CardRead.class);
    }

    @Test
    void badChecksumIsAProtocolErrorAndTheRetrySucceeds() throws TransportException {
        reader.simulator.place(FictionalCards.RESIDENT);
        reader.simulator.injectOnce(Fault.BAD_CHECKSUM, SamCommand.READ_TEXT_PHOTO);

        assertThatThrownBy(() -> session.readCard(ReadMode.TEXT_PHOTO))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.PROTOCOL);
                    assertThat(e.getMessage()).contains("READ_TEXT_PHOTO (30 01)", "BAD_CHECKSUM", "1295 bytes");
                });
        assertThat(session.readCard(ReadMode.TEXT_PHOTO)).isInstanceOf(CardReadOutcome.CardRead.class);
    }

    @Test
    void garbageBeforeEachReplyIsSkipped() throws TransportException {
        reader.simulator.place(FictionalCards.MONGOLIAN_WORKER);
        reader.simulator.injectOnce(Fault.GARBAGE, SamCommand.FIND_CARD);
        reader.simulator.injectOnce(Fault.GARBAGE, SamCommand.READ_TEXT_PHOTO);

        assertThat(session.readCard(ReadMode.TEXT_PHOTO)).isInstanceOfSatisfying(CardReadOutcome.CardRead.class,
                read -> assertThat(read.card().documentNumber()).isEqualTo("150102197811224511"));
    }

    @Test
    void truncatedReplyTimesOutSayingHowMuchArrived() throws TransportException {
        reader.simulator.place(FictionalCards.RESIDENT);
        reader.simulator.injectOnce(Fault.TRUNCATED_FRAME, SamCommand.READ_TEXT_PHOTO);

        assertThatThrownBy(() -> session.readCard(ReadMode.TEXT_PHOTO))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
                    assertThat(e.getMessage()).contains("READ_TEXT_PHOTO (30 01)", "within 600 ms",
                            "received 647 of 1295 bytes (truncated frame)");
                });
        assertThat(session.readCard(ReadMode.TEXT_PHOTO)).isInstanceOf(CardReadOutcome.CardRead.class);
    }

    @Test
    void replyLaterThanTheDeadlineTimesOut() throws TransportException {
        SamReaderSession impatient = new SamReaderSession(reader.transport,
                SamTimeouts.defaults().with(SamCommand.SAM_STATUS, Duration.ofMillis(100)));
        reader.simulator.setAnswerDelay(Duration.ofMillis(400));

        assertThatThrownBy(impatient::samStatus).isInstanceOfSatisfying(TransportException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
            assertThat(e.getMessage()).contains("SAM_STATUS (11 FF)", "received no frame");
        });
    }

    @Test
    void slowPacedReplyIsReadCompletely() throws TransportException {
        reader.simulator.place(FictionalCards.RESIDENT_LONG_TERM);
        reader.simulator.injectOnce(Fault.SLOW, SamCommand.READ_TEXT_PHOTO);

        assertThat(session.readCard(ReadMode.TEXT_PHOTO)).isInstanceOfSatisfying(CardReadOutcome.CardRead.class,
                read -> assertThat(read.card().validTo().isLongTerm()).isTrue());
    }

    @Test
    void unplugMidFrameIsADisconnect() {
        reader.simulator.place(FictionalCards.RESIDENT);
        reader.simulator.injectOnce(Fault.UNPLUG_MID_FRAME, SamCommand.READ_TEXT_PHOTO);

        assertThatThrownBy(() -> session.readCard(ReadMode.TEXT_PHOTO))
                .isInstanceOfSatisfying(TransportException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DISCONNECTED));
        assertThat(reader.transport.isConnected()).isFalse();
    }

    @Test
    void staleBytesFromAnEarlierReplyAreDiscarded() throws Exception {
        reader.simulator.place(FictionalCards.RESIDENT);
        reader.transport.deviceEnd().output().write(org.lingong.devices.idcard.codec.Hex.bytes(
                "AA AA AA 96 69 00 04 00 00 80 84"));

        assertThat(session.readCard(ReadMode.TEXT_PHOTO)).isInstanceOf(CardReadOutcome.CardRead.class);
    }

    @Test
    void samCommands() throws TransportException {
        assertThat(session.samStatus()).isEqualTo(SamResult.SUCCESS);
        assertThat(session.resetSam()).isEqualTo(SamResult.SUCCESS);
        assertThat(session.setBaud(9600)).isEqualTo(SamResult.SUCCESS);
        assertThat(reader.simulator.receivedCount(SamCommand.SET_BAUD_9600)).isEqualTo(1);
        assertThat(session.readSamId()).hasValueSatisfying(
                id -> assertThat(id.format()).isEqualTo("05.01-20253205-0000000042-0000001234"));
        assertThatThrownBy(() -> session.setBaud(4800)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appendedAddresses() throws TransportException {
        reader.simulator.place(FictionalCards.MONGOLIAN_WORKER);
        assertThat(session.readAppendedAddresses().addresses()).isEmpty();

        reader.simulator.place(FictionalCards.MONGOLIAN_WORKER, List.of("内蒙古自治区包头市示例区新址8号"));
        assertThat(session.readAppendedAddresses())
                .isEqualTo(new SamReaderSession.AppendedAddresses(SamResult.SUCCESS, List.of("内蒙古自治区包头市示例区新址8号")));
    }
}
