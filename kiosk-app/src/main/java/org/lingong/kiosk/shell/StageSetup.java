package org.lingong.kiosk.shell;

import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

import org.lingong.kiosk.config.WindowMode;

/** Puts the stage into the configured {@link WindowMode}; call before the stage is first shown. */
public final class StageSetup {

    static final double WINDOWED_WIDTH = 1280;
    static final double WINDOWED_HEIGHT = 800;

    private StageSetup() {
    }

    /** The scene size for the mode: the whole primary screen, or the development window. */
    public static Rectangle2D bounds(WindowMode mode) {
        return mode == WindowMode.FULLSCREEN
                ? javafx.stage.Screen.getPrimary().getBounds()
                : new Rectangle2D(0, 0, WINDOWED_WIDTH, WINDOWED_HEIGHT);
    }

    public static void apply(Stage stage, WindowMode mode) {
        Rectangle2D bounds = bounds(mode);
        if (mode == WindowMode.FULLSCREEN) {
            if (!stage.isShowing()) {
                stage.initStyle(StageStyle.UNDECORATED);
            }
            // without a window manager setFullScreen is ignored: the undecorated stage covers the screen itself
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        } else {
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
            stage.centerOnScreen();
        }
    }
}
