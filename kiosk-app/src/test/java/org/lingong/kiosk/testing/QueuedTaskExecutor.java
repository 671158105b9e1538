package org.lingong.kiosk.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.lingong.kiosk.executor.TaskExecutor;

/**
 * Holds submitted work until the test runs it, so tests can decide the order in which background
 * results arrive (for example after the session was wiped). Everything runs on the test thread.
 */
public final class QueuedTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> pending = new ArrayDeque<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        pending.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }

    public int pendingCount() {
        return pending.size();
    }

    public void runAll() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }
}
