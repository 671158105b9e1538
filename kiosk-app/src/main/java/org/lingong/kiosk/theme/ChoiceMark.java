package org.lingong.kiosk.theme;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;

/**
 * The mark at the start of an answer tile, so that the kind of question shows before anything is tapped: a square
 * box that gets a tick where several answers may be chosen, a round button that gets a dot where only one may
 * (style classes {@code tick-box}/{@code tick} and {@code radio-ring}/{@code radio-dot}).
 */
public final class ChoiceMark {

    private ChoiceMark() {
    }

    /** A square box, ticked while {@code chosen}: one of several answers. */
    public static Node tickBox(double size, ObservableBooleanValue chosen) {
        Rectangle box = new Rectangle(size, size);
        box.getStyleClass().add("tick-box");
        Node tick = Icons.CHECK.create(size, "tick");
        tick.visibleProperty().bind(chosen);
        return pane(box, tick, "tick-pane");
    }

    /** A round button with a dot while {@code chosen}: the one answer. */
    public static Node radio(double size, ObservableBooleanValue chosen) {
        Circle ring = new Circle(size / 2);
        ring.getStyleClass().add("radio-ring");
        Circle dot = new Circle(size / 4);
        dot.getStyleClass().add("radio-dot");
        dot.visibleProperty().bind(chosen);
        return pane(ring, dot, "radio-pane");
    }

    private static Node pane(Node back, Node front, String styleClass) {
        StackPane pane = new StackPane(back, front);
        pane.getStyleClass().add(styleClass);
        return pane;
    }
}
