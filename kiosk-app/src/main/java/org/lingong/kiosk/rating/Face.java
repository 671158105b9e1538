package org.lingong.kiosk.rating;

import java.util.Locale;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Circle;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.QuadCurveTo;

/**
 * A face drawn with shapes (no emoji font needed): a round head, two eyes and a mouth bent by the level's smile.
 * Colours come from the style classes {@code face-head}, {@code face-feature} and {@code face-very_satisfied} ….
 */
final class Face {

    private Face() {
    }

    static Node of(RatingLevel level, double size) {
        double r = size / 2;
        Circle head = new Circle(r, r, r - 3);
        head.getStyleClass().addAll("face-head", "face-" + level.name().toLowerCase(Locale.ROOT));
        Circle left = eye(r - r * 0.36, r - r * 0.22, r * 0.1);
        Circle right = eye(r + r * 0.36, r - r * 0.22, r * 0.1);
        double mouthY = r + r * 0.34;
        double halfWidth = r * 0.42;
        double bend = level.smile() * r * 0.36;
        Path mouth = new Path(new MoveTo(r - halfWidth, mouthY - bend / 2),
                new QuadCurveTo(r, mouthY + bend * 1.2, r + halfWidth, mouthY - bend / 2));
        mouth.getStyleClass().add("face-feature");
        mouth.setStrokeWidth(Math.max(3, r * 0.1));
        Group face = new Group(head, left, right, mouth);
        face.getStyleClass().add("face");
        return face;
    }

    private static Circle eye(double x, double y, double radius) {
        Circle eye = new Circle(x, y, radius);
        eye.getStyleClass().add("face-eye");
        return eye;
    }
}
