package org.lingong.platform.client.outbox;

/** The outbox could not read or write its database (disk full, I/O error). The event was not queued. */
public final class OutboxException extends RuntimeException {

    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
