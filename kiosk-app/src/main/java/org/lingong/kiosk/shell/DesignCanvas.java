package org.lingong.kiosk.shell;

import javafx.scene.layout.Region;
import javafx.scene.transform.Scale;

/**
 * Lays its content out to fill the window and tells the stylesheet which shape it has: the style
 * class {@code portrait} when the window is taller than wide (standing kiosks, 1080×1920),
 * {@code compact} for a low landscape window (1366×768), neither for the 1920×1080 design size.
 * Screens switch their rows to columns ({@code RowOrColumn}) and tighten their spacing by those
 * classes; there are no black bands. A window at least as large as the smallest layout of its
 * orientation ({@value #MIN_LANDSCAPE_WIDTH}×{@value #MIN_LANDSCAPE_HEIGHT} landscape,
 * {@value #MIN_PORTRAIT_WIDTH}×{@value #MIN_PORTRAIT_HEIGHT} portrait) is laid out at its own size,
 * unscaled; a smaller one (1366×768, the 1280×800 development window) is laid out at the smallest
 * layout's size stretched to the window's shape and scaled down uniformly to fill it (1366×768:
 * 1600×900 at 0.854, so 24 px text shows at 20.5 px and 80 px buttons at 68 px; 1280×800: 1600×1000 at 0.8).
 * Every landscape layout lower than the design height is {@code compact}: the full-size screens need all of it.
 * Content that cannot shrink to the laid-out size is laid out larger still and scaled down to fit, never cut off (a
 * screen that needs more room than the bars leave it is scaled in its own {@link ScreenArea}, so that the bars keep
 * their size and place).
 */
public final class DesignCanvas extends Region {

    static final double WIDTH = 1920;
    static final double HEIGHT = 1080;
    static final double MIN_LANDSCAPE_WIDTH = 1600;
    static final double MIN_LANDSCAPE_HEIGHT = 900;
    static final double MIN_PORTRAIT_WIDTH = 1080;
    static final double MIN_PORTRAIT_HEIGHT = 1600;
    /** Landscape layouts lower than this get the {@code compact} style class (1600×1000 did not fit uncompacted). */
    static final double COMPACT_BELOW_HEIGHT = HEIGHT;

    static final String PORTRAIT = "portrait";
    static final String COMPACT = "compact";

    private final Region content;
    private final Scale scale = new Scale(1, 1, 0, 0);
    private double overflow = 1;

    public DesignCanvas(Region content) {
        this.content = content;
        getStyleClass().add("design-canvas");
        content.getTransforms().add(scale);
        getChildren().add(content);
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double height = getHeight();
        if (width <= 0 || height <= 0) {
            return;
        }
        boolean portrait = height > width;
        double factor = portrait
                ? Math.min(1, Math.min(width / MIN_PORTRAIT_WIDTH, height / MIN_PORTRAIT_HEIGHT))
                : Math.min(1, Math.min(width / MIN_LANDSCAPE_WIDTH, height / MIN_LANDSCAPE_HEIGHT));
        setShape(portrait, !portrait && height / factor < COMPACT_BELOW_HEIGHT);
        overflow = overflowOf(content, width / factor, height / factor);
        factor /= overflow;
        scale.setX(factor);
        scale.setY(factor);
        content.resizeRelocate(0, 0, width / factor, height / factor);
    }

    /**
     * How many times larger than {@code width}×{@code height} {@code content} needs to be laid out (at least 1): content
     * that cannot shrink that far is laid out larger and scaled down further, in the room's shape, rather than cut off
     * (the frame here, whose bars cannot shrink; a screen in its {@link ScreenArea}).
     */
    static double overflowOf(Region content, double width, double height) {
        return Math.max(1, Math.max(content.minWidth(-1) / width, content.minHeight(width) / height));
    }

    /** How much further than its shape asks the last layout scaled the content down to fit it (1: not at all). */
    public double overflow() {
        return overflow;
    }

    private void setShape(boolean portrait, boolean compact) {
        toggle(PORTRAIT, portrait);
        toggle(COMPACT, compact);
    }

    private void toggle(String styleClass, boolean on) {
        var classes = content.getStyleClass();
        if (on && !classes.contains(styleClass)) {
            classes.add(styleClass);
        } else if (!on) {
            classes.remove(styleClass);
        }
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
