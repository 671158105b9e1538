package org.lingong.kiosk.shell;

import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.jspecify.annotations.Nullable;

/**
 * Uses the JavaFX thread while the Spring context boots (it is idle until then): parses the kiosk's stylesheet and
 * styles and lays out a throw-away scene of the kinds of nodes the first screen uses, so their classes are loaded and
 * initialised, the parsed stylesheet is in JavaFX's style cache when {@link KioskShell#show} builds the real scene, and
 * the renderer has drawn once.
 * The scene is held until {@link #release()}, because JavaFX keeps a parsed stylesheet only while a scene uses it.
 * Changes nothing the worker sees: the scene is never shown.
 */
public final class ToolkitWarmUp {

    private static final AtomicReference<@Nullable Scene> WARM = new AtomicReference<>();

    /**
     * Small on purpose: rendering warms up the same code at any size, while a full-screen scene made the software
     * renderer allocate (and the effect image pool keep) about 60 MB of screen-sized buffers for the drop shadow and
     * the snapshot, whose garbage collections (a full one among them) cost more start-up time than the warm-up saved.
     */
    private static final int WARM_WIDTH = 320;
    private static final int WARM_HEIGHT = 240;

    private ToolkitWarmUp() {
    }

    /** Queues the warm-up on the JavaFX thread (the toolkit must be running); returns at once. */
    public static void start() {
        Platform.runLater(() -> WARM.set(warmScene()));
    }

    /** Lets the throw-away scene go; the real scene now holds the stylesheet. */
    static void release() {
        WARM.set(null);
    }

    /** Whether a warm scene is held (for tests). */
    static boolean holding() {
        return WARM.get() != null;
    }

    private static Scene warmScene() {
        Button button = new Button("Aa");
        VBox column = new VBox(new Label("Aa"), button, new ToggleButton("Aa"),
                new FlowPane(new Label("Aa")), new GridPane(), new TilePane(new Label("Aa")),
                new TextFlow(new Text("Aa")), new SVGPath(), new Circle(4), new Rectangle(4, 4), new ImageView());
        column.setEffect(new DropShadow());
        StackPane root = new StackPane(column);
        root.getStyleClass().add("shell");
        Scene scene = new Scene(root, WARM_WIDTH, WARM_HEIGHT);
        scene.getStylesheets().add(KioskShell.class.getResource(KioskShell.STYLESHEET).toExternalForm());
        root.applyCss();
        root.layout();
        scene.snapshot(null); // renders once: loads and starts the software renderer's rasteriser and effects
        return scene;
    }
}
