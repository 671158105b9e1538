package org.lingong.kiosk.shell;

import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Platform;
import javafx.scene.Scene;

import com.sun.javafx.perf.PerformanceTracker;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs when Prism has presented the first frame of a scene (not merely pulsed), as wall-clock epoch
 * milliseconds, so a start-up harness can measure from a timestamp taken before {@code java}.
 * Optionally exits the application then: that is how the AppCDS archive is trained at install. The first frame also
 * tells the installed launcher that this start succeeded ({@link LaunchAttempts}).
 */
public final class FirstFrameProbe {

    private static final Logger log = LoggerFactory.getLogger(FirstFrameProbe.class);

    private FirstFrameProbe() {
    }

    public static void attach(Scene scene, boolean exitAfterFirstFrame) {
        AtomicBoolean seen = new AtomicBoolean();
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        tracker.setOnRenderedFrameTask(() -> {
            if (seen.compareAndSet(false, true)) {
                long now = System.currentTimeMillis();
                log.info("First frame presented at epoch-ms {}", now);
                LaunchAttempts.firstFrameShown(System.getenv());
                Platform.runLater(() -> {
                    PerformanceTracker.releaseSceneTracker(scene);
                    if (exitAfterFirstFrame) {
                        Platform.exit();
                    }
                });
            }
        });
    }
}
