package org.lingong.devices.lifecycle;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

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

    private static ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
