package org.lingong.devices.lifecycle;

/** A handle to a task registered with {@link ManagedDevice#schedule}. */
public interface PeriodicTask {

    /** Stops further runs; a run in progress finishes. Idempotent. */
    void cancel();

    boolean isCancelled();
}
