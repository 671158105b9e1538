package org.lingong.kiosk.theme;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.SVGPath;

/**
 * Line icons drawn on a 24×24 grid and scaled, so they need no image files and no glyphs from a
 * font. Stroke colour and width come from the stylesheet ({@code .icon} and the given style class).
 */
public enum Icons {
    CHECK("M4 12.5 L9.5 18 L20 6"),
    CROSS("M5 5 L19 19 M19 5 L5 19"),
    ATTENTION("M12 3 L22 20.5 L2 20.5 Z M12 9 L12 14.5 M12 17 L12 17.8"),
    UNKNOWN("M2 12 A10 10 0 1 0 22 12 A10 10 0 1 0 2 12 M7 12 L17 12"),
    ID_CARD("M2 5 H22 V19 H2 Z M5 9 H10 V15 H5 Z M13 9 H19 M13 12 H19 M13 15 H17"),
    ARROW_DOWN("M12 3 V20 M6 14 L12 20 L18 14"),
    SEARCH("M3 10 A7 7 0 1 0 17 10 A7 7 0 1 0 3 10 M15 15 L21 21"),
    FORM("M5 2 H19 V22 H5 Z M8 7 H16 M8 11 H16 M8 15 H13"),
    SCAN("M3 8 V3 H8 M16 3 H21 V8 M21 16 V21 H16 M8 21 H3 V16 M6 12 H18"),
    BOOK("M2 5 H9 Q12 5 12 8 V21 Q12 18 9 18 H2 Z M22 5 H15 Q12 5 12 8 V21 Q12 18 15 18 H22 Z"),
    CALENDAR("M3 5 H21 V21 H3 Z M3 10 H21 M8 2 V7 M16 2 V7 M7 14 H10 M14 14 H17 M7 17 H10"),
    BACK("M21 12 H4 M10 5 L3 12 L10 19"),
    CLOCK("M12 2 A10 10 0 1 0 12 22 A10 10 0 1 0 12 2 M12 6 V12 L16.5 15"),
    HOURGLASS("M6 2 H18 M6 22 H18 M7 2 Q7 9 12 12 Q17 9 17 2 M7 22 Q7 15 12 12 Q17 15 17 22"),
    /** 呼叫工作人员. */
    BELL("M5 18 H19 L17 15 V10 Q17 4 12 4 Q7 4 7 10 V15 Z M10 20.5 Q12 22.5 14 20.5 M12 2 V4"),
    /** 政策: a page with a seal. */
    POLICY("M5 2 H15 L19 6 V22 H5 Z M15 2 V6 H19 M8 9 H16 M8 12 H16 M8 15 H12 M15 17 A2 2 0 1 0 15.01 17");

    private static final double GRID = 24;
    private final String path;

    Icons(String path) {
        this.path = path;
    }

    /** The icon at {@code size} px square, with style classes {@code icon} and {@code styleClass}. */
    public Node create(double size, String styleClass) {
        SVGPath svg = new SVGPath();
        svg.setContent(path);
        svg.getStyleClass().addAll("icon", styleClass);
        double scale = size / GRID;
        svg.setScaleX(scale);
        svg.setScaleY(scale);
        Group group = new Group(svg);
        group.getStyleClass().add("icon-box");
        return group;
    }
}
