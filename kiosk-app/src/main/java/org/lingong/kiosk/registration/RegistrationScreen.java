package org.lingong.kiosk.registration;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.ScreenCorner;

/** The registration screen: the steps, and what other features put in its corner ({@link ScreenCorner}). JavaFX thread. */
final class RegistrationScreen {

    private RegistrationScreen() {
    }

    static Node create(RegistrationViewModel viewModel, Messages messages, List<RegistrationCorner> corners) {
        RegistrationView steps = new RegistrationView(viewModel, messages);
        if (corners.isEmpty()) {
            return steps;
        }
        StackPane screen = new StackPane(steps);
        for (RegistrationCorner corner : corners) {
            ScreenCorner.place(screen, corner.create());
        }
        return screen;
    }
}
