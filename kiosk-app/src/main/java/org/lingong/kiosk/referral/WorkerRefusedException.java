package org.lingong.kiosk.referral;

/**
 * The platform refused an earlier event of this worker for good (it is parked in the outbox, waiting for staff): a
 * slip issued now would wait behind it and not reach the platform, so none is issued.
 */
public final class WorkerRefusedException extends Exception {

    public WorkerRefusedException(String message) {
        super(message);
    }
}
