package org.lingong.kiosk.theme;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.value.ObservableValue;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Traditional Mongolian written top to bottom, columns left to right: one label per column, each turned 90°
 * clockwise inside a {@link Group} (so that its layout size is the turned one). Words are put into columns here, by
 * measured width, because a turned wrapping label would put its first line on the right.
 */
public final class VerticalText extends HBox {

    private final double maxColumnLength;
    private final Font font;
    private final String styleClass;

    /**
     * A vertical text following {@code text}; a column is at most {@code maxColumnLength} px long when drawn at
     * {@code fontSize} px (the size the style class {@code styleClass} gives).
     */
    public VerticalText(ObservableValue<String> text, double maxColumnLength, double fontSize, String styleClass) {
        this.maxColumnLength = maxColumnLength;
        this.font = Font.font(KioskFonts.MONGOLIAN_FAMILY, fontSize);
        this.styleClass = styleClass;
        getStyleClass().add("mongolian-column");
        text.addListener((obs, old, now) -> fill(now));
        fill(text.getValue());
    }

    private void fill(String text) {
        getChildren().clear();
        for (String column : columns(text, font, maxColumnLength)) {
            Label label = new Label(column);
            label.getStyleClass().add(styleClass);
            label.setRotate(90);
            getChildren().add(new Group(label));
        }
    }

    /** Greedy breaking at spaces: each column as many words as fit into {@code maxLength} at {@code font}. */
    static List<String> columns(String text, Font font, double maxLength) {
        List<String> columns = new ArrayList<>();
        StringBuilder column = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = column.isEmpty() ? word : column + " " + word;
            if (!column.isEmpty() && width(candidate, font) > maxLength) {
                columns.add(column.toString());
                column = new StringBuilder(word);
            } else {
                column = new StringBuilder(candidate);
            }
        }
        if (!column.isEmpty()) {
            columns.add(column.toString());
        }
        return columns;
    }

    private static double width(String text, Font font) {
        Text probe = new Text(text);
        probe.setFont(font);
        return probe.getLayoutBounds().getWidth();
    }
}
