package org.lingong.kiosk.watchdog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The watchdog against the real JavaFX thread, its rounds driven one by one: pings while the thread answers, none
 * while it is frozen (so systemd's WatchdogSec runs out and the unit is restarted), again once it answers.
 */
class FxWatchdogTest {

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final FxWatchdog watchdog = new FxWatchdog(Duration.ofSeconds(8), Platform::runLater, sent::add);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void cleanup() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void pingsOnlyWhileTheJavaFxThreadAnswers() throws Exception {
        watchdog.tick();                       // posts the first probe; nothing answered yet
        assertThat(sent).isEmpty();
        WaitForAsyncUtils.waitForFxEvents();   // the probe runs
        watchdog.tick();
        assertThat(sent).containsExactly("WATCHDOG=1");
        WaitForAsyncUtils.waitForFxEvents();

        CountDownLatch frozen = new CountDownLatch(1);
        CountDownLatch thaw = new CountDownLatch(1);
        Platform.runLater(() -> {
            frozen.countDown();
            awaitQuietly(thaw);                // the UI thread hangs, as in a deadlock
        });
        assertThat(frozen.await(5, TimeUnit.SECONDS)).isTrue();
        watchdog.tick();                       // the probe answered before the freeze still counts
        assertThat(sent).hasSize(2);
        for (int round = 0; round < 8; round++) {   // two whole intervals of rounds: not one ping
            watchdog.tick();
        }
        assertThat(sent).hasSize(2);

        thaw.countDown();
        WaitForAsyncUtils.waitForFxEvents();
        watchdog.tick();
        assertThat(sent).hasSize(3);
    }

    @Test
    void aRunningWatchdogPingsEveryQuarterIntervalWhileTheUiAnswers() throws Exception {
        List<Long> times = new CopyOnWriteArrayList<>();
        try (FxWatchdog running = new FxWatchdog(Duration.ofMillis(400), Platform::runLater,
                state -> times.add(System.nanoTime()))) {
            running.start();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> times.size() >= 4);
        }
        assertThat(times).hasSizeGreaterThanOrEqualTo(4);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
