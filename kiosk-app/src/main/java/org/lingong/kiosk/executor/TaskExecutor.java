package org.lingong.kiosk.executor;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (devices, network, disk) away from the UI thread and delivers the outcome on it.
 *
 * <p>Threading contract: {@code work} runs on a background thread; exactly one of {@code onSuccess}
 * or {@code onFailure} is then called on the UI thread. {@link #runOnUiThread} runs an action on the
 * UI thread (at once when already on it). In tests {@link CurrentThreadTaskExecutor} runs everything
 * inline, so view models can be tested synchronously.
 */
public interface TaskExecutor {

    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    void runOnUiThread(Runnable action);
}
