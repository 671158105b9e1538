package org.lingong.kiosk.recognition;

/**
 * The known-worker store or its key file cannot be used: unreadable, corrupt, foreign, or a key that does not belong
 * to the store. The message names the file and what a technician can do; it never holds personal data. Failures at
 * start carry no cause, so that the kiosk's one start-up failure line (the deepest cause's message) is this one.
 */
public final class KnownWorkersException extends RuntimeException {

    public KnownWorkersException(String message) {
        super(message);
    }

    public KnownWorkersException(String message, Throwable cause) {
        super(message, cause);
    }
}
