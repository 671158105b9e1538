package org.lingong.kiosk.executor;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and callbacks inline on the calling thread: for view-model tests and harnesses. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void runOnUiThread(Runnable action) {
        action.run();
    }
}
