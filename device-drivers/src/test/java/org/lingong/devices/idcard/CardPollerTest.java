package org.lingong.devices.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.codec.SamCommand;
import org.lingong.devices.idcard.codec.SamResult;
import org.lingong.devices.idcard.sim.Fault;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.idcard.sim.FindAfterRead;
import org.lingong.devices.transport.TransportException;

class CardPollerTest {

    private PipedSimulator reader;
    private CardPoller poller;

    @BeforeEach
    void startReader() throws TransportException {
        reader = PipedSimulator.start();
        poller = new CardPoller(new SamReaderSession(reader.transport), ReadMode.TEXT_PHOTO);
    }

    @AfterEach
    void stopReader() throws InterruptedException {
        reader.close();
    }

    @Test
    void emptyReaderGivesNoEvents() throws TransportException {
        assertThat(poller.pollOnce()).isEmpty();
        assertThat(poller.pollOnce()).isEmpty();
        assertThat(reads()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FindAfterRead.class)
    void placedCardIsReadOnceWhileItStaysAndRemovalIsReported(FindAfterRead behaviour) throws TransportException {
        reader.simulator.setFindAfterRead(behaviour);
        reader.simulator.place(FictionalCards.RESIDENT);

        assertThat(poller.pollOnce()).containsExactly(placed(FictionalCards.RESIDENT));
        for (int i = 0; i < 5; i++) {
            assertThat(poller.pollOnce()).as("cycle %d with the card staying", i).isEmpty();
        }
        assertThat(reads()).isEqualTo(1);
        assertThat(poller.cardPresent()).isTrue();

        reader.simulator.remove();
        assertThat(poller.pollOnce()).containsExactly(new CardEvent.CardRemoved());
        assertThat(poller.pollOnce()).isEmpty();
        assertThat(poller.cardPresent()).isFalse();
    }

    @Test
    void swapWithAnEmptyCycleBetweenIsRemovedThenPlaced() throws TransportException {
        reader.simulator.place(FictionalCards.RESIDENT);
        poller.pollOnce();

        reader.simulator.remove();
        List<CardEvent> lifted = poller.pollOnce();
        reader.simulator.place(FictionalCards.HMT_HONG_KONG);
        List<CardEvent> next = poller.pollOnce();

        assertThat(lifted).containsExactly(new CardEvent.CardRemoved());
        assertThat(next).containsExactly(placed(FictionalCards.HMT_HONG_KONG));
        assertThat(reads()).isEqualTo(2);
    }

    @Test
    void swapBetweenTwoCyclesIsNoticedWhenTheReaderReportsSerials() throws TransportException {
        reader.simulator.reportCardSerials(true);
        reader.simulator.place(FictionalCards.RESIDENT);
        poller.pollOnce();

        reader.simulator.place(FictionalCards.FOREIGNER_2023);

        assertThat(poller.pollOnce())
                .containsExactly(new CardEvent.CardRemoved(), placed(FictionalCards.FOREIGNER_2023));
    }

    @Test
    void unreadableCardIsReportedAndRetriedNextCycle() throws TransportException {
        reader.simulator.place(FictionalCards.MONGOLIAN_WORKER);
        reader.simulator.injectOnce(Fault.NO_CARD, SamCommand.READ_TEXT_PHOTO);

        assertThat(poller.pollOnce()).containsExactly(new CardEvent.CardUnreadable(
                new CardReadOutcome.ReadFailed(SamCommand.READ_TEXT_PHOTO, SamResult.READ_FAILED)));
        assertThat(poller.pollOnce()).containsExactly(placed(FictionalCards.MONGOLIAN_WORKER));
    }

    @Test
    void cardMissedByFindButStillSelectableIsNotReported() throws TransportException {
        reader.simulator.place(FictionalCards.RESIDENT);
        poller.pollOnce();

        reader.simulator.injectOnce(Fault.NO_CARD, SamCommand.FIND_CARD);

        assertThat(poller.pollOnce()).isEmpty();
        assertThat(reads()).isEqualTo(1);
    }

    private int reads() {
        return reader.simulator.receivedCount(SamCommand.READ_TEXT_PHOTO);
    }

    private static CardEvent placed(IdCard card) {
        return new CardEvent.CardPlaced(card.withImages(card.photo(), org.lingong.devices.idcard.codec.OpaqueBytes.EMPTY));
    }
}
