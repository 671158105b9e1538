package org.lingong.kiosk.placeholder;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;

/**
 * View model of the "即将开放" (coming soon) screen that stands in for every feature not built yet.
 * It holds nothing of the session; {@link #clearSession()} only leaves it.
 */
public final class PlaceholderViewModel implements SessionScoped {

    private final ScreenNavigator navigator;
    private final StringBinding title;

    public PlaceholderViewModel(ScreenNavigator navigator, Messages messages) {
        this.navigator = navigator;
        this.title = Bindings.createStringBinding(
                () -> messages.get(navigator.current().titleKey()),
                navigator.currentProperty(), messages.languageProperty());
    }

    /** The title of the feature the worker asked for. */
    public StringBinding title() {
        return title;
    }

    public void back() {
        navigator.showAttract();
    }

    @Override
    public void clearSession() {
        if (navigator.current() != Screen.ATTRACT) {
            navigator.showAttract();
        }
    }
}
