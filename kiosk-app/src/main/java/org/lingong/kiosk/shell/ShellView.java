package org.lingong.kiosk.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.status.StatusBarView;
import org.lingong.kiosk.status.StatusBarViewModel;

/**
 * The frame around every screen: top bar (station, clock, language), the current screen (in a {@link ScreenArea}, which
 * scales down a screen that needs more room without moving the bars), the status bar, and the idle overlay above all. Follows {@link ScreenNavigator}; builds each screen's
 * view the first time it is shown, from the {@link ScreenViewFactory} the screen's feature contributed (the shell
 * knows no feature by name). Create and use on the JavaFX thread.
 */
public final class ShellView extends StackPane {

    /** The view models and services the shell's views bind to. */
    public record Parts(StationNameViewModel stationName, Messages messages, ScreenNavigator navigator,
            ClockViewModel clock, StatusBarViewModel statusBar, IdleSession idle,
            List<ScreenViewFactory> featureScreens) {

        public Parts {
            featureScreens = List.copyOf(featureScreens);
        }
    }

    private final Parts parts;
    private final TopBarView topBar;
    private final ScreenArea screenArea = new ScreenArea();
    private final Map<Screen, Node> views = new HashMap<>();

    public ShellView(Parts parts) {
        this.parts = parts;
        getStyleClass().add("shell");
        BorderPane frame = new BorderPane(screenArea);
        topBar = new TopBarView(parts.stationName(), parts.clock(), parts.messages());
        frame.setTop(topBar);
        frame.setBottom(new StatusBarView(parts.statusBar(), parts.messages()));
        getChildren().addAll(frame, new IdleOverlayView(parts.idle(), parts.messages()));
        parts.navigator().currentProperty().addListener((obs, old, now) -> show(now));
        show(parts.navigator().current());
    }

    /** Calls {@code action} for every tap on the station name in the top bar. */
    public void onStationTapped(Runnable action) {
        topBar.onStationTapped(action);
    }

    /** Adds a control to the top bar of every screen (e.g. 退出). */
    public void addTopBarAction(Node action) {
        topBar.addAction(action);
    }

    /** Adds an overlay above the screens and below the idle overlay (e.g. notices). */
    public void addOverlay(Node overlay) {
        getChildren().add(getChildren().size() - 1, overlay);
    }

    private void show(Screen screen) {
        ScreenViewFactory feature = featureOf(screen);
        screenArea.host().getChildren().setAll(views.computeIfAbsent(screen, unused -> feature.create()));
        feature.shown();
    }

    private ScreenViewFactory featureOf(Screen screen) {
        for (ScreenViewFactory feature : parts.featureScreens()) {
            if (feature.screen() == screen) {
                return feature;
            }
        }
        throw new IllegalStateException("No feature contributes the screen " + screen);
    }
}
