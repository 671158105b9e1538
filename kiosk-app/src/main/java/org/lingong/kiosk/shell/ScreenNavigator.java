package org.lingong.kiosk.shell;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.lingong.kiosk.session.SessionScoped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Which screen is shown. The shell view follows {@link #currentProperty()}. JavaFX thread only. */
public final class ScreenNavigator implements SessionScoped {

    private static final Logger log = LoggerFactory.getLogger(ScreenNavigator.class);

    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>(this, "current", Screen.ATTRACT);

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

    @Override
    public void clearSession() {
        showAttract();
    }
}
