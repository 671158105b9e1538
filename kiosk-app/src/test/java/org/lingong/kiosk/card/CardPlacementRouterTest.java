package org.lingong.kiosk.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.idcard.CardEvent;
import org.lingong.devices.idcard.CardReadOutcome;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.notice.Notice;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.recognition.KioskSecret;
import org.lingong.kiosk.recognition.KnownWorkers;
import org.lingong.kiosk.recognition.WorkerRecognition;
import org.lingong.kiosk.session.SessionWiper;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.testing.QueuedTaskExecutor;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.PlacedCard;
import org.lingong.kiosk.worker.WorkerSession;

/** The router over a real known-worker store (a SQLite file in a temporary directory). */
class CardPlacementRouterTest {

    private static final ActiveWorker BATU = new ActiveWorker("w-batu", "巴*****", "150102********4511");
    private static final ActiveWorker WANG = new ActiveWorker("w-wang", "王*例", "110***********1233");

    @TempDir
    Path dataDir;

    private final ScreenNavigator navigator = new ScreenNavigator();
    private final PlacedCard placedCard = new PlacedCard();
    private final NoticeViewModel notices = new NoticeViewModel();
    private final WorkerSession workerSession = new WorkerSession();
    private final AtomicInteger activity = new AtomicInteger();
    private final AtomicInteger wipes = new AtomicInteger();
    private final AtomicBoolean registrationWaiting = new AtomicBoolean(true);
    private final List<IdCard> registrationsStarted = new ArrayList<>();
    private final List<Screen> screenWhenWorkerBegan = new ArrayList<>();
    private KnownWorkers known;
    private CardPlacementRouter router;

    @BeforeEach
    void setUp() {
        known = KnownWorkers.open(dataDir, KioskSecret.loadOrCreate(dataDir), Clock.systemUTC());
        router = routerWith(new CurrentThreadTaskExecutor());
        workerSession.activeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                screenWhenWorkerBegan.add(navigator.current());
            }
        });
    }

    @AfterEach
    void closeStore() {
        known.close();
    }

    private CardPlacementRouter routerWith(org.lingong.kiosk.executor.TaskExecutor executor) {
        SessionWiper wiper = new SessionWiper(List.of(placedCard, navigator, notices, workerSession));
        WorkerRecognition recognition = new WorkerRecognition(known, executor, navigator, workerSession, notices, () -> {
            wipes.incrementAndGet();
            wiper.wipe();
        });
        return new CardPlacementRouter(navigator, placedCard, activity::incrementAndGet, notices, card -> {
            registrationsStarted.add(card);
            navigator.show(Screen.REGISTER);
        }, registrationWaiting::get, recognition);
    }

    private void place(IdCard card) {
        router.onCardEvent(new CardEvent.CardPlaced(card));
    }

    @Test
    void anUnknownCardPlacedOnTheAttractScreenOpensRegistrationWithTheCardHeld() {
        place(FictionalCards.MONGOLIAN_WORKER);

        assertThat(navigator.current()).isEqualTo(Screen.REGISTER);
        assertThat(registrationsStarted).containsExactly(FictionalCards.MONGOLIAN_WORKER);
        assertThat(placedCard.card()).contains(FictionalCards.MONGOLIAN_WORKER);
        assertThat(workerSession.current()).isEmpty();
        assertThat(activity).hasValue(1);
    }

    @Test
    void aKnownCardOnTheAttractScreenWelcomesTheWorkerOnTheSearchScreen() {
        known.remember(FictionalCards.MONGOLIAN_WORKER.documentNumber(), BATU);

        place(FictionalCards.MONGOLIAN_WORKER);

        assertThat(navigator.current()).isEqualTo(Screen.FIND_JOB);
        assertThat(workerSession.current()).contains(BATU);
        assertThat(screenWhenWorkerBegan).as("navigation first, then begin").containsExactly(Screen.FIND_JOB);
        assertThat(notices.current()).contains(Notice.WELCOME);
        assertThat(notices.arguments()).containsExactly("巴*****");
        assertThat(registrationsStarted).isEmpty();
        assertThat(placedCard.card()).contains(FictionalCards.MONGOLIAN_WORKER);
    }

    @Test
    void aKnownCardOnTheRegistrationPromptWelcomesButMidFormItResumesRegistration() {
        known.remember(FictionalCards.RESIDENT.documentNumber(), WANG);
        navigator.show(Screen.REGISTER);

        place(FictionalCards.RESIDENT);
        assertThat(navigator.current()).isEqualTo(Screen.FIND_JOB);
        assertThat(workerSession.current()).contains(WANG);

        navigator.show(Screen.REGISTER);
        registrationWaiting.set(false);
        place(FictionalCards.RESIDENT);
        assertThat(registrationsStarted).containsExactly(FictionalCards.RESIDENT);
        assertThat(wipes).as("the same person").hasValue(0);
    }

    @Test
    void aKnownCardOnTheSearchScreenMakesThemTheSessionsWorkerInPlace() {
        known.remember(FictionalCards.RESIDENT.documentNumber(), WANG);
        navigator.show(Screen.FIND_JOB);

        place(FictionalCards.RESIDENT);

        assertThat(navigator.current()).isEqualTo(Screen.FIND_JOB);
        assertThat(workerSession.current()).contains(WANG);
        assertThat(notices.current()).contains(Notice.WELCOME);
    }

    @Test
    void anUnknownCardElsewhereIsHeldWithoutLeavingTheScreen() {
        navigator.show(Screen.TRAINING);

        place(FictionalCards.RESIDENT);

        assertThat(navigator.current()).isEqualTo(Screen.TRAINING);
        assertThat(registrationsStarted).isEmpty();
        assertThat(placedCard.card()).contains(FictionalCards.RESIDENT);
    }

    @Test
    void aDifferentPersonsCardMidSessionWipesThePreviousSessionFirst() {
        known.remember(FictionalCards.RESIDENT.documentNumber(), WANG);
        known.remember(FictionalCards.MONGOLIAN_WORKER.documentNumber(), BATU);
        place(FictionalCards.RESIDENT);
        assertThat(workerSession.current()).contains(WANG);

        place(FictionalCards.MONGOLIAN_WORKER);

        assertThat(wipes).hasValue(1);
        assertThat(workerSession.current()).contains(BATU);
        assertThat(placedCard.card()).contains(FictionalCards.MONGOLIAN_WORKER);
        assertThat(navigator.current()).isEqualTo(Screen.FIND_JOB);
        assertThat(notices.current()).as("已换成新的身份证，上一位的信息已清除").contains(Notice.CARD_SWAPPED_WELCOME);
        assertThat(notices.arguments()).containsExactly("巴*****");
    }

    @Test
    void anUnknownPersonsCardAfterAWorkerLoggedInByCodeStartsAFreshRegistration() {
        navigator.show(Screen.FIND_JOB);
        workerSession.begin(WANG);

        place(FictionalCards.MONGOLIAN_WORKER);

        assertThat(wipes).hasValue(1);
        assertThat(workerSession.current()).isEmpty();
        assertThat(registrationsStarted).containsExactly(FictionalCards.MONGOLIAN_WORKER);
        assertThat(navigator.current()).isEqualTo(Screen.REGISTER);
        assertThat(notices.current()).as("已换成新的身份证，上一位的信息已清除").contains(Notice.CARD_SWAPPED);
    }

    @Test
    void theSamePersonsCardAgainKeepsTheSession() {
        known.remember(FictionalCards.RESIDENT.documentNumber(), WANG);
        place(FictionalCards.RESIDENT);

        place(FictionalCards.RESIDENT);

        assertThat(wipes).hasValue(0);
        assertThat(screenWhenWorkerBegan).as("begun once").hasSize(1);
        assertThat(workerSession.current()).contains(WANG);
        assertThat(notices.current()).as("no swap to announce").contains(Notice.WELCOME);
    }

    @Test
    void aLookUpAnswerOvertakenByANewerCardIsDropped() {
        QueuedTaskExecutor queued = new QueuedTaskExecutor();
        router = routerWith(queued);
        known.remember(FictionalCards.RESIDENT.documentNumber(), WANG);

        place(FictionalCards.RESIDENT);
        router.onCardEvent(new CardEvent.CardPlaced(FictionalCards.MONGOLIAN_WORKER));
        queued.runAll();

        assertThat(workerSession.current()).isEmpty();
        assertThat(registrationsStarted).containsExactly(FictionalCards.MONGOLIAN_WORKER);
    }

    @Test
    void removingTheCardKeepsTheSessionAndTheCard() {
        place(FictionalCards.RESIDENT);

        router.onCardEvent(new CardEvent.CardRemoved());

        assertThat(navigator.current()).isEqualTo(Screen.REGISTER);
        assertThat(placedCard.card()).contains(FictionalCards.RESIDENT);
    }

    @Test
    void wipingTheSessionForgetsTheCard() {
        place(FictionalCards.RESIDENT);

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
