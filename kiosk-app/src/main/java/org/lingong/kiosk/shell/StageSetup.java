package org.lingong.kiosk.shell;

import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

import org.lingong.kiosk.config.WindowMode;

/** Puts the stage into the configured {@link WindowMode}: {@link #apply} before showing, then {@link #enterFullScreen}. */
public final class StageSetup {

    static final double WINDOWED_WIDTH = 1280;
    static final double WINDOWED_HEIGHT = 800;
    static final double PORTRAIT_HEIGHT = 1920;
    /** Kept free under a portrait window's height for its title bar and the desktop's panels. */
    static final double TITLE_BAR_ROOM = 60;

    private StageSetup() {
    }

    /** The scene size for the mode: the whole primary screen, or a development window. */
    public static Rectangle2D bounds(WindowMode mode) {
        return switch (mode) {
            case FULLSCREEN -> javafx.stage.Screen.getPrimary().getBounds();
            case WINDOWED -> new Rectangle2D(0, 0, WINDOWED_WIDTH, WINDOWED_HEIGHT);
            case WINDOWED_PORTRAIT -> portraitWindow(javafx.stage.Screen.getPrimary().getVisualBounds().getHeight());
        };
    }

    /**
     * A 9:16 window as tall as {@code screenHeight} allows, less room for the window's title bar, at most the
     * standing kiosk's 1080×1920.
     */
    static Rectangle2D portraitWindow(double screenHeight) {
        double height = Math.min(PORTRAIT_HEIGHT, Math.floor(screenHeight - TITLE_BAR_ROOM));
        return new Rectangle2D(0, 0, Math.floor(height * 9 / 16), height);
    }

    /**
     * Asks for full screen once the stage is showing (Monocle, the headless test platform, fails on
     * a full-screen request for a window that is not shown yet).
     */
    public static void enterFullScreen(Stage stage, WindowMode mode) {
        if (mode == WindowMode.FULLSCREEN) {
            stage.setFullScreen(true);
        }
    }

    public static void apply(Stage stage, WindowMode mode) {
        Rectangle2D bounds = bounds(mode);
        if (mode == WindowMode.FULLSCREEN) {
            if (stage.getStyle() != StageStyle.UNDECORATED) {
                stage.initStyle(StageStyle.UNDECORATED);
            }
            // without a window manager setFullScreen is ignored: the undecorated stage covers the screen itself
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
        } else {
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
            stage.centerOnScreen();
        }
    }
}
