package org.lingong.kiosk.leave;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.kiosk.worker.PlacedCard;
import org.lingong.kiosk.session.SessionWiper;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.WorkerSession;

/** 返回首页 and 退出 with the real session holders and the real wipe (synchronously, no toolkit). */
class LeaveViewModelTest {

    private static final ActiveWorker WANG = new ActiveWorker("w-wang", "王*例", "110***********1233");

    private final WorkerSession workers = new WorkerSession();
    private final PlacedCard card = new PlacedCard();
    private final AtomicInteger wipes = new AtomicInteger();
    private LeaveViewModel leave;
    private final ScreenNavigator navigator = new ScreenNavigator(() -> leave.interceptHome());

    LeaveViewModelTest() {
        SessionWiper wiper = new SessionWiper(List.of(workers, card, navigator));
        leave = new LeaveViewModel(workers, card, () -> {
            wipes.incrementAndGet();
            wiper.wipe();
            leave.clearSession();
        });
    }

    @Test
    void withNobodyIdentifiedGoingHomeIsJustGoingHome() {
        navigator.show(Screen.FIND_JOB);

        navigator.goHome();

        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
        assertThat(leave.confirmingProperty().get()).isFalse();
        assertThat(leave.someoneIdentifiedProperty().get()).isFalse();
        assertThat(wipes).hasValue(0);
    }

    @Test
    void withAWorkerIdentifiedGoingHomeAsksAndEndEndsTheSession() {
        navigator.show(Screen.FIND_JOB);
        workers.begin(WANG);
        assertThat(leave.someoneIdentifiedProperty().get()).as("退出 shown").isTrue();

        navigator.goHome();

        assertThat(navigator.current()).as("nothing happens before the answer").isEqualTo(Screen.FIND_JOB);
        assertThat(leave.confirmingProperty().get()).isTrue();
        assertThat(workers.current()).contains(WANG);

        leave.endConfirmed();

        assertThat(wipes).hasValue(1);
        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
        assertThat(workers.current()).isEmpty();
        assertThat(leave.confirmingProperty().get()).isFalse();
        assertThat(leave.someoneIdentifiedProperty().get()).as("退出 hidden").isFalse();
    }

    @Test
    void continueKeepsTheWorkerWhereTheyWere() {
        navigator.show(Screen.TRAINING);
        workers.begin(WANG);
        navigator.goHome();

        leave.keepGoing();

        assertThat(leave.confirmingProperty().get()).isFalse();
        assertThat(navigator.current()).isEqualTo(Screen.TRAINING);
        assertThat(workers.current()).contains(WANG);
        assertThat(wipes).hasValue(0);
    }

    @Test
    void aCardReadMidRegistrationCountsAsSomeoneAtTheKiosk() {
        navigator.show(Screen.REGISTER);
        card.hold(FictionalCards.RESIDENT);

        navigator.goHome();

        assertThat(leave.confirmingProperty().get()).isTrue();
        leave.endConfirmed();
        assertThat(card.card()).isEmpty();
        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void exitEndsTheSessionAtOnceWithoutAsking() {
        navigator.show(Screen.REFERRAL);
        workers.begin(WANG);

        leave.exit();

        assertThat(wipes).hasValue(1);
        assertThat(leave.confirmingProperty().get()).isFalse();
        assertThat(workers.current()).isEmpty();
        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
    }
}
