package org.lingong.kiosk.staff;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.lingong.kiosk.session.SessionScoped;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;

/**
 * Who is logged in on the admin screens, for this session only. Leaving ({@link #leave()}, 返回) ends the session
 * as the idle timeout does, so every admin view model is wiped with it. Because every wipe passes here, this is also
 * where worker sessions are counted: a wipe with nobody logged in ended a worker's session. JavaFX thread only.
 */
public final class StaffAccess implements SessionScoped {

    private final ScreenNavigator navigator;
    private final Runnable endSession;
    private final DailyCounters counters;
    private final ReadOnlyObjectWrapper<StaffRole> role = new ReadOnlyObjectWrapper<>(this, "role");

    /** @param endSession ends the session as the idle timeout would ({@code IdleSession::endSession}) */
    public StaffAccess(ScreenNavigator navigator, Runnable endSession, DailyCounters counters) {
        this.navigator = navigator;
        this.endSession = endSession;
        this.counters = counters;
    }

    /** The logged-in role, or {@code null}. */
    public ReadOnlyObjectProperty<StaffRole> roleProperty() {
        return role.getReadOnlyProperty();
    }

    public void openLogin() {
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

    public void leave() {
        endSession.run();
    }

    @Override
    public void clearSession() {
        if (role.get() == null) {
            counters.increment(DailyCounters.Tally.SESSIONS);
        }
        role.set(null);
    }
}
