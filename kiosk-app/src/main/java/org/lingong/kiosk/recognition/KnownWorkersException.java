package org.lingong.kiosk.recognition;

/**
 * The known-worker store or its key file cannot be used: unreadable, corrupt, foreign, or a key that does not belong
 * to the store. The message names the file and what a technician can do; it never holds personal data.
 */
public final class KnownWorkersException extends RuntimeException {

    public KnownWorkersException(String message) {
        super(message);
    }

    public KnownWorkersException(String message, Throwable cause) {
        super(message, cause);
    }
}
