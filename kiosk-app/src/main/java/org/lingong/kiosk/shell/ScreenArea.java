package org.lingong.kiosk.shell;

import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;

/**
 * The room between the top bar and the status bar. A screen that cannot shrink to it (large mode's 32 px search at
 * 1366×768) is laid out larger, in the room's shape, and scaled down to fit, rather than cut off. Only the screen
 * shrinks: the bars around it keep their size and place, so that a control of the top bar (大字) stays where it was
 * whatever the screen needs. The screen is shown in {@link #host()}.
 */
public final class ScreenArea extends Region {

    private final StackPane host = new StackPane();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private double overflow = 1;

    ScreenArea() {
        getStyleClass().add("screen-area");
        host.getStyleClass().add("screen-host");
        host.getTransforms().add(scale);
        getChildren().add(host);
    }

    /** Where the screen goes (style class {@code screen-host}). */
    StackPane host() {
        return host;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        overflow = DesignCanvas.overflowOf(host, width, height);
        scale.setX(1 / overflow);
        scale.setY(1 / overflow);
        host.resizeRelocate(0, 0, width * overflow, height * overflow);
    }

    /** How many times larger than the room the last layout laid the screen out (1: it fits, unscaled). */
    public double overflow() {
        return overflow;
    }

    /** Any screen fits, scaled down: the room never asks the window for more. */
    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    @Override
    protected double computePrefWidth(double height) {
        return host.prefWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        return host.prefHeight(width);
    }
}
