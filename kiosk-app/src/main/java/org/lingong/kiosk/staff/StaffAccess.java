package org.lingong.kiosk.staff;

import java.util.function.Supplier;
import java.util.stream.Stream;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.lingong.kiosk.session.AdminScoped;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;

/**
 * Who is logged in on the admin screens, for this session only. Staff often come to the kiosk to help the worker at
 * it, so leaving ({@link #leave()}, 返回 on the PIN pad or an admin screen) goes back to the screen the worker was on,
 * with the worker's session as it was and every {@link AdminScoped} state cleared. Opened from the attract screen
 * there is no worker to go back to: leaving then ends the session as the idle timeout does. Because every wipe passes
 * here, this is also where worker sessions are counted: a wipe with nobody logged in ended a worker's session. JavaFX
 * thread only.
 */
public final class StaffAccess implements SessionScoped {

    private final ScreenNavigator navigator;
    private final Runnable endSession;
    private final DailyCounters counters;
    private final Supplier<Stream<AdminScoped>> adminState;
    /** The worker's screen when the PIN pad was opened ({@link Screen#ATTRACT}: nobody's). */
    private Screen workerScreen = Screen.ATTRACT;
    private final ReadOnlyObjectWrapper<StaffRole> role = new ReadOnlyObjectWrapper<>(this, "role");

    /**
     * @param endSession ends the session as the idle timeout would ({@code IdleSession::endSession})
     * @param adminState the admin screens' state holders, asked for when staff leave
     */
    public StaffAccess(ScreenNavigator navigator, Runnable endSession, DailyCounters counters,
            Supplier<Stream<AdminScoped>> adminState) {
        this.navigator = navigator;
        this.endSession = endSession;
        this.counters = counters;
        this.adminState = adminState;
    }

    /** The logged-in role, or {@code null}. */
    public ReadOnlyObjectProperty<StaffRole> roleProperty() {
        return role.getReadOnlyProperty();
    }

    public void openLogin() {
        if (!onAdminScreen()) {
            workerScreen = navigator.current();
        }
        navigator.show(Screen.STAFF_LOGIN);
    }

    public void grant(StaffRole granted) {
        role.set(granted);
        navigator.show(granted == StaffRole.TECHNICIAN ? Screen.TECHNICIAN : Screen.STAFF);
    }

    /** Between the two admin screens, for a technician. */
    public void show(Screen adminScreen) {
        if (role.get() == StaffRole.TECHNICIAN || (role.get() == StaffRole.STAFF && adminScreen == Screen.STAFF)) {
            navigator.show(adminScreen);
        }
    }

    /** 返回: back to the worker's screen with the admin state cleared, or the session ends if there is no worker. */
    public void leave() {
        Screen back = workerScreen;
        if (back == Screen.ATTRACT) {
            endSession.run();
            return;
        }
        role.set(null);
        workerScreen = Screen.ATTRACT;
        adminState.get().forEach(AdminScoped::clearSession);
        navigator.show(back);
    }

    private boolean onAdminScreen() {
        Screen now = navigator.current();
        return now == Screen.STAFF_LOGIN || now == Screen.STAFF || now == Screen.TECHNICIAN;
    }

    @Override
    public void clearSession() {
        if (role.get() == null) {
            counters.increment(DailyCounters.Tally.SESSIONS);
        }
        role.set(null);
        workerScreen = Screen.ATTRACT;
    }
}
