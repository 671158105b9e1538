package org.lingong.kiosk.demo;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.lingong.kiosk.i18n.Messages;

/**
 * The demo panel's own window, beside the kiosk: right of the kiosk window when there is room, otherwise at the
 * right edge of the screen on top of it (a full-screen kiosk leaves no room). A normal, decorated window.
 */
public final class DemoPanelWindow {

    static final double WIDTH = 460;
    static final double HEIGHT = 1000;
    static final String STYLESHEET = "/org/lingong/kiosk/demo/demo-panel.css";

    private DemoPanelWindow() {
    }

    /** Creates and shows the panel's stage next to {@code kiosk}. JavaFX thread. */
    public static Stage open(Stage kiosk, DemoPanelViewModel viewModel, Messages messages) {
        Stage stage = create(viewModel, messages);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double height = Math.min(HEIGHT, screen.getHeight());
        if (kiosk.getWidth() + WIDTH <= screen.getWidth()) {
            // a windowed kiosk moves over so that it and the panel sit side by side, centred together
            kiosk.setX(screen.getMinX() + (screen.getWidth() - kiosk.getWidth() - WIDTH) / 2);
        }
        double besideKiosk = kiosk.getX() + kiosk.getWidth();
        stage.setX(besideKiosk + WIDTH <= screen.getMaxX() ? besideKiosk : screen.getMaxX() - WIDTH);
        stage.setY(screen.getMinY());
        stage.setHeight(height);
        stage.show();
        return stage;
    }

    /** The panel's stage, not shown (tests create it headless). */
    public static Stage create(DemoPanelViewModel viewModel, Messages messages) {
        Stage stage = new Stage();
        stage.titleProperty().bind(messages.bind("demo.windowTitle"));
        Scene scene = new Scene(new DemoPanelView(viewModel, messages), WIDTH, HEIGHT);
        scene.getStylesheets().add(DemoPanelWindow.class.getResource(STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.setWidth(WIDTH);
        return stage;
    }
}
