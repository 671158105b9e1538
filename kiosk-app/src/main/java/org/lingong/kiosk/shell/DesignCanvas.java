package org.lingong.kiosk.shell;

import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Lays its content out at the 1920×1080 design size and scales it uniformly to fit (letterboxed).
 * On the kiosk's 1920×1080 screen the scale is exactly 1; the windowed development mode shows the
 * same layout smaller.
 */
public final class DesignCanvas extends Region {

    static final double WIDTH = 1920;
    static final double HEIGHT = 1080;

    private final Region content;
    private final Scale scale = new Scale(1, 1, 0, 0);

    public DesignCanvas(Region content) {
        this.content = content;
        getStyleClass().add("design-canvas");
        content.getTransforms().add(scale);
        getChildren().add(content);
    }

    @Override
    protected void layoutChildren() {
        double factor = Math.min(getWidth() / WIDTH, getHeight() / HEIGHT);
        scale.setX(factor);
        scale.setY(factor);
        content.resizeRelocate((getWidth() - WIDTH * factor) / 2, (getHeight() - HEIGHT * factor) / 2, WIDTH, HEIGHT);
    }

    @Override
    protected double computePrefWidth(double height) {
        return WIDTH;
    }

    @Override
    protected double computePrefHeight(double width) {
        return HEIGHT;
    }
}
