package org.lingong.kiosk.theme;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * Where a small piece laid over a screen goes (the worker's login code on the registration and referral screens): its
 * top-right corner in a landscape window, beside left-aligned content; in a portrait window, where the content's
 * lines run the whole width, at the bottom centre above the screen's buttons, in the room a portrait screen has there.
 * JavaFX thread.
 */
public final class ScreenCorner {

    private static final Insets LANDSCAPE = new Insets(150, 48, 0, 0);
    private static final Insets PORTRAIT = new Insets(0, 0, 190, 0);

    private ScreenCorner() {
    }

    /** Adds {@code piece} over {@code screen} and keeps it in its place as the window turns. */
    public static void place(StackPane screen, Node piece) {
        screen.getChildren().add(piece);
        Runnable arrange = () -> {
            boolean portrait = WindowShape.portrait(piece);
            StackPane.setAlignment(piece, portrait ? Pos.BOTTOM_CENTER : Pos.TOP_RIGHT);
            StackPane.setMargin(piece, portrait ? PORTRAIT : LANDSCAPE);
        };
        arrange.run();
        WindowShape.follow(piece, arrange);
    }
}
