package org.lingong.kiosk.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lingong.devices.idcard.CardEvent;
import org.lingong.devices.idcard.CardReadOutcome;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.kiosk.notice.Notice;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.session.SessionWiper;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;

class CardPlacementRouterTest {

    private final ScreenNavigator navigator = new ScreenNavigator();
    private final PlacedCard placedCard = new PlacedCard();
    private final NoticeViewModel notices = new NoticeViewModel();
    private final AtomicInteger activity = new AtomicInteger();
    private final List<IdCard> registrationsStarted = new ArrayList<>();
    private final CardPlacementRouter router = new CardPlacementRouter(navigator, placedCard, activity::incrementAndGet,
            notices, card -> {
                registrationsStarted.add(card);
                navigator.show(Screen.REGISTER);
            });

    @Test
    void aCardPlacedOnTheAttractScreenOpensRegistrationWithTheCardHeld() {
        router.onCardEvent(new CardEvent.CardPlaced(FictionalCards.MONGOLIAN_WORKER));

        assertThat(navigator.current()).isEqualTo(Screen.REGISTER);
        assertThat(registrationsStarted).containsExactly(FictionalCards.MONGOLIAN_WORKER);
        assertThat(placedCard.card()).contains(FictionalCards.MONGOLIAN_WORKER);
        assertThat(activity).hasValue(1);
    }

    @Test
    void aCardPlacedOnTheRegistrationPromptStartsRegistration() {
        navigator.show(Screen.REGISTER);

        router.onCardEvent(new CardEvent.CardPlaced(FictionalCards.RESIDENT));

        assertThat(registrationsStarted).containsExactly(FictionalCards.RESIDENT);
    }

    @Test
    void aCardPlacedElsewhereIsHeldWithoutLeavingTheScreen() {
        navigator.show(Screen.FIND_JOB);

        router.onCardEvent(new CardEvent.CardPlaced(FictionalCards.RESIDENT));

        assertThat(navigator.current()).isEqualTo(Screen.FIND_JOB);
        assertThat(registrationsStarted).isEmpty();
        assertThat(placedCard.card()).contains(FictionalCards.RESIDENT);
    }

    @Test
    void removingTheCardKeepsTheSessionAndTheCard() {
        router.onCardEvent(new CardEvent.CardPlaced(FictionalCards.RESIDENT));

        router.onCardEvent(new CardEvent.CardRemoved());

        assertThat(navigator.current()).isEqualTo(Screen.REGISTER);
        assertThat(placedCard.card()).contains(FictionalCards.RESIDENT);
    }

    @Test
    void wipingTheSessionForgetsTheCard() {
        router.onCardEvent(new CardEvent.CardPlaced(FictionalCards.RESIDENT));

        new SessionWiper(List.of(placedCard, navigator, notices)).wipe();

        assertThat(placedCard.card()).isEmpty();
        assertThat(placedCard.cardProperty().get()).isNull();
        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void anUnreadableCardGetsACalmNoticeAndStaysOnTheScreen() {
        router.onCardEvent(new CardEvent.CardUnreadable(new CardReadOutcome.NoCard()));

        assertThat(notices.current()).contains(Notice.CARD_UNREADABLE);
        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
        assertThat(placedCard.card()).isEmpty();
    }

    @Test
    void theHolderNeverShowsCardDataInItsText() {
        placedCard.hold(FictionalCards.MONGOLIAN_WORKER);

        assertThat(placedCard.toString()).doesNotContain("巴特尔", "150102197811224511").contains("RESIDENT");
    }
}
