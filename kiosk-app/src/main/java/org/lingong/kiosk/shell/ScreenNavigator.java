package org.lingong.kiosk.shell;

import java.util.function.BooleanSupplier;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.lingong.kiosk.session.SessionScoped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Which screen is shown. The shell view follows {@link #currentProperty()}. JavaFX thread only. */
public final class ScreenNavigator implements SessionScoped {

    private static final Logger log = LoggerFactory.getLogger(ScreenNavigator.class);

    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>(this, "current", Screen.ATTRACT);
    private final BooleanSupplier asksBeforeHome;

    /** A navigator whose 返回首页 always goes home (for tests of single screens). */
    public ScreenNavigator() {
        this(() -> false);
    }

    /**
     * @param asksBeforeHome called when the person at the kiosk asks for the home screen ({@link #goHome()}); returns
     *                       {@code true} when it took over (it asks whether to end the session), {@code false} to go
     */
    public ScreenNavigator(BooleanSupplier asksBeforeHome) {
        this.asksBeforeHome = asksBeforeHome;
    }

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Screen current() {
        return current.get();
    }

    public void show(Screen screen) {
        log.debug("Navigate {} -> {}", current.get(), screen);
        current.set(screen);
    }

    public void showAttract() {
        show(Screen.ATTRACT);
    }

    /** 返回首页 tapped by the person at the kiosk: the home screen, unless someone is identified (then asks first). */
    public void goHome() {
        if (!asksBeforeHome.getAsBoolean()) {
            showAttract();
        }
    }

    @Override
    public void clearSession() {
        showAttract();
    }
}
