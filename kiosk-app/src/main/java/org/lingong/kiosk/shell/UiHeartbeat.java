package org.lingong.kiosk.shell;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Drives time-based view models on the JavaFX thread: the top-bar clock and the idle timer are
 * re-evaluated four times a second (the view models read the real {@link java.time.Clock}, so the
 * period only sets how promptly the display follows).
 */
public final class UiHeartbeat {

    private static final Duration PERIOD = Duration.millis(250);
    private final Timeline timeline;

    public UiHeartbeat(Runnable... listeners) {
        this.timeline = new Timeline(new KeyFrame(PERIOD, event -> {
            for (Runnable listener : listeners) {
                listener.run();
            }
        }));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }
}
