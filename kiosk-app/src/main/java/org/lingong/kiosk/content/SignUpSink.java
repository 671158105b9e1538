package org.lingong.kiosk.content;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.lingong.platform.api.events.SignUpTarget;

/**
 * Records a worker's 我要报名 / 我要参加 for the platform. Durable when it returns (the kiosk may then confirm even
 * offline). Blocking (disk): called through the task executor.
 */
public interface SignUpSink {

    /**
     * The platform already refused an earlier record of this worker (e.g. their registration): a sign-up in their name
     * would be refused too, so nothing is recorded and the worker is sent to staff.
     */
    final class WorkerRefused extends Exception {
        public WorkerRefused(String message) {
            super(message);
        }
    }

    /**
     * @param workerRef the identified worker's opaque reference, or {@code null} for an anonymous sign-up
     * @throws WorkerRefused the platform refused an earlier record of this worker; nothing was recorded
     */
    void send(SignUpTarget target, long itemId, @Nullable String workerRef) throws IOException, WorkerRefused;
}
