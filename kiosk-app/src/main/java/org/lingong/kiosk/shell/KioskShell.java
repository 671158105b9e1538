package org.lingong.kiosk.shell;

import java.util.Comparator;
import java.util.List;

import javafx.event.Event;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.stage.Stage;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.config.KioskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's window contents, assembled from what the features contribute: the shell view with their screens, their
 * {@link ShellExtension}s, the stylesheet, the idle timer fed by every press, and the clock and idle heartbeat.
 * {@link #show} and {@link #stop} run on the JavaFX thread.
 */
public final class KioskShell {

    static final String STYLESHEET = "/org/lingong/kiosk/theme/kiosk.css";
    private static final Logger log = LoggerFactory.getLogger(KioskShell.class);

    private final KioskProperties properties;
    private final ShellView.Parts parts;
    private final List<ShellExtension> extensions;
    private @Nullable UiHeartbeat heartbeat;

    public KioskShell(KioskProperties properties, ShellView.Parts parts, List<ShellExtension> extensions) {
        this.properties = properties;
        this.parts = parts;
        this.extensions = extensions.stream().sorted(Comparator.comparingInt(ShellExtension::order)).toList();
    }

    /** Builds the scene, puts it on {@code stage} and shows it (full screen unless the window mode says otherwise). */
    public Scene show(Stage stage) {
        parts.statusBar().start();
        ShellView shell = new ShellView(parts);
        Scene scene = createScene(shell);
        extensions.forEach(extension -> extension.extend(shell, scene));
        heartbeat = new UiHeartbeat(parts.clock()::tick, parts.idle()::tick);
        heartbeat.start();

        stage.setTitle(parts.messages().get("shell.windowTitle"));
        stage.setScene(scene);
        StageSetup.apply(stage, properties.window());
        stage.show();
        ToolkitWarmUp.release();
        StageSetup.enterFullScreen(stage, properties.window());
        log.info("Kiosk shown for station {} ({}), window {}", properties.station().code(),
                parts.stationName().nameProperty().get(),
                properties.window());
        return scene;
    }

    /** Stops the heartbeat (the application is closing). */
    public void stop() {
        if (heartbeat != null) {
            heartbeat.stop();
        }
    }

    /** The scene: the shell on the design canvas, the stylesheet, and every press reported to the idle timer. */
    private Scene createScene(ShellView shell) {
        Rectangle2D bounds = StageSetup.bounds(properties.window());
        Scene scene = new Scene(new DesignCanvas(shell), bounds.getWidth(), bounds.getHeight());
        scene.getStylesheets().add(KioskShell.class.getResource(STYLESHEET).toExternalForm());
        for (var type : List.of(MouseEvent.MOUSE_PRESSED, TouchEvent.TOUCH_PRESSED, KeyEvent.KEY_PRESSED)) {
            scene.addEventFilter(type, (Event event) -> parts.idle().touch());
        }
        FirstFrameProbe.attach(scene, properties.exitAfterFirstFrame());
        return scene;
    }
}
