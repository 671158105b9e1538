package org.lingong.kiosk.registration;

import java.util.List;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import org.lingong.kiosk.i18n.Messages;

/** The registration screen: the steps, and what other features put in its top-right corner. JavaFX thread. */
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
            Node piece = corner.create();
            StackPane.setAlignment(piece, Pos.TOP_RIGHT);
            StackPane.setMargin(piece, new Insets(150, 48, 0, 0));
            screen.getChildren().add(piece);
        }
        return screen;
    }
}
