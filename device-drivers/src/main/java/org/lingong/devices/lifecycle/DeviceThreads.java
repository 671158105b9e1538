package org.lingong.devices.lifecycle;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The two named daemon threads of a device: the owner (all transport I/O) and the callbacks (listeners, futures). */
final class DeviceThreads {

    private DeviceThreads() {
    }

    static ScheduledThreadPoolExecutor owner(String deviceName) {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, named("device-" + deviceName));
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    static ExecutorService callbacks(String deviceName) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                named("device-" + deviceName + "-callbacks"));
    }

    static boolean isOwnerThread(String deviceName) {
        return Thread.currentThread().getName().equals("device-" + deviceName);
    }

    /** Whether the caller is the device's owner or callback thread, where waiting for the device would deadlock. */
    static boolean isDeviceThread(String deviceName) {
        String current = Thread.currentThread().getName();
        return current.equals("device-" + deviceName) || current.equals("device-" + deviceName + "-callbacks");
    }

    /** Waits for {@code future}; false on timeout, failure or interrupt (the interrupt flag is restored). */
    static boolean await(Future<?> future, Duration timeout) {
        try {
            future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    private static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
