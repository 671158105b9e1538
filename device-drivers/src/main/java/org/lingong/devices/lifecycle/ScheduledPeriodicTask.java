package org.lingong.devices.lifecycle;

import java.util.concurrent.ScheduledFuture;

/** A {@link PeriodicTask} backed by the owner thread's scheduled future. */
final class ScheduledPeriodicTask implements PeriodicTask {

    private final ScheduledFuture<?> future;

    ScheduledPeriodicTask(ScheduledFuture<?> future) {
        this.future = future;
    }

    @Override
    public void cancel() {
        future.cancel(false);
    }

    @Override
    public boolean isCancelled() {
        return future.isCancelled();
    }
}
