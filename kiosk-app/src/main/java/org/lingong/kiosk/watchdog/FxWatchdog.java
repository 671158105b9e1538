package org.lingong.kiosk.watchdog;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pings systemd's watchdog only while the UI thread answers. Every {@code tick} it posts a probe to the UI thread; when
 * the probe posted at the previous tick has run, it sends {@code WATCHDOG=1}. A frozen UI thread leaves the probe
 * waiting, the pings stop, and systemd kills the kiosk {@code WatchdogSec} after the last one.
 *
 * <p>The tick is a quarter of systemd's interval: a healthy kiosk pings every quarter interval, the first time one tick
 * after {@link #start()}, and a UI thread frozen for a whole interval is always caught. Pings are sent from the
 * watchdog's own thread, never the UI thread.
 */
public final class FxWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FxWatchdog.class);

    private final Duration tick;
    private final Executor uiThread;
    private final WatchdogNotifier notifier;
    private final AtomicBoolean answered = new AtomicBoolean();
    private final AtomicBoolean probePending = new AtomicBoolean();
    private boolean warnedFrozen;
    private @Nullable ScheduledExecutorService timer;

    /**
     * @param interval systemd's {@code WatchdogSec}
     * @param uiThread runs a probe on the UI thread ({@code Platform::runLater} in the kiosk)
     */
    public FxWatchdog(Duration interval, Executor uiThread, WatchdogNotifier notifier) {
        this.tick = interval.dividedBy(4);
        this.uiThread = uiThread;
        this.notifier = notifier;
    }

    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fx-watchdog");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::tick, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Watchdog on: WATCHDOG=1 every {} ms while the JavaFX thread answers", tick.toMillis());
    }

    /** One round: ping if the last probe ran, then post the next probe (unless the last one is still waiting). */
    void tick() {
        try {
            if (answered.getAndSet(false)) {
                warnedFrozen = false;
                notifier.notify("WATCHDOG=1");
            } else if (probePending.get() && !warnedFrozen) {
                warnedFrozen = true;
                log.warn("The JavaFX thread has not answered for {} ms: no watchdog ping", tick.toMillis());
            }
            if (probePending.compareAndSet(false, true)) {
                uiThread.execute(() -> {
                    probePending.set(false);
                    answered.set(true);
                });
            }
        } catch (RuntimeException e) {
            log.warn("Watchdog round failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
