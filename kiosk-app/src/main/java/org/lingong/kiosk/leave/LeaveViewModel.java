package org.lingong.kiosk.leave;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.lingong.kiosk.worker.PlacedCard;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.kiosk.worker.WorkerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A session ends when the worker leaves. While someone is at the kiosk (a worker is identified, or their ID card
 * was read), 返回首页 does not simply show the home screen: {@link #interceptHome()} asks "结束本次服务？您的信息将被
 * 清除" ({@link #confirmingProperty()}), 结束 ends the session and 继续 stays. 退出 ({@link #exit()}, shown while
 * {@link #someoneIdentifiedProperty()}) ends it at once. Ending is the idle timeout's wipe ({@code endSession}), so
 * nothing of the worker is left for the next person. JavaFX thread only.
 */
public final class LeaveViewModel implements SessionScoped {

    private static final Logger log = LoggerFactory.getLogger(LeaveViewModel.class);

    private final Runnable endSession;
    private final BooleanBinding someoneIdentified;
    private final ReadOnlyBooleanWrapper someone = new ReadOnlyBooleanWrapper(this, "someoneIdentified");
    private final ReadOnlyBooleanWrapper confirming = new ReadOnlyBooleanWrapper(this, "confirming");

    /** @param endSession ends the session as the idle timeout would ({@code IdleSession::endSession}) */
    public LeaveViewModel(WorkerSession workers, PlacedCard card, Runnable endSession) {
        this.endSession = endSession;
        this.someoneIdentified = Bindings.or(workers.activeProperty().isNotNull(), card.cardProperty().isNotNull());
        someone.bind(someoneIdentified);
    }

    /** True while a worker is identified or a card was read in this session: 退出 is shown. */
    public ReadOnlyBooleanProperty someoneIdentifiedProperty() {
        return someone.getReadOnlyProperty();
    }

    /** True while "结束本次服务？" is asked. */
    public ReadOnlyBooleanProperty confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    /**
     * 返回首页 was tapped: with nobody identified returns {@code false} (go home as usual); otherwise asks whether to
     * end the session and returns {@code true} (the answer decides).
     */
    public boolean interceptHome() {
        if (!someone.get()) {
            return false;
        }
        confirming.set(true);
        return true;
    }

    /** 结束: the session ends and the home screen returns. */
    public void endConfirmed() {
        confirming.set(false);
        log.info("Session ended by the worker (home, then end)");
        endSession.run();
    }

    /** 继续: the worker stays where they were. */
    public void keepGoing() {
        confirming.set(false);
    }

    /** 退出: the session ends at once. */
    public void exit() {
        confirming.set(false);
        log.info("Session ended by the worker (exit)");
        endSession.run();
    }

    @Override
    public void clearSession() {
        confirming.set(false);
    }
}
