package org.lingong.kiosk.executor;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's {@link TaskExecutor}: a small pool of daemon threads for work, and
 * {@link Platform#runLater} to come back to the JavaFX thread. Never blocks the caller; work submitted after
 * {@link #close()} is dropped.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FxTaskExecutor.class);

    private final ExecutorService workers;

    public FxTaskExecutor(int threads) {
        this.workers = Executors.newFixedThreadPool(threads, daemonThreads());
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        try {
            workers.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    log.warn("Background task failed: {}", e.toString());
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException closed) {
            // the kiosk is closing (e.g. the printer's last receipt arrives after the executor closed): nothing to do
            log.debug("Background task dropped after close");
        }
    }

    @Override
    public void runOnUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "kiosk-task-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
