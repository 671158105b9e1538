package org.lingong.devices.transport;

import java.io.IOException;

/** Broken I/O on a transport, with a machine-readable reason. Expected device states are not exceptions. */
public class TransportException extends IOException {

    /** Why the transport failed. */
    public enum Reason {
        /** The port, host or file does not exist. */
        NOT_FOUND,
        /** The port exists but cannot be opened (locked by another process, permission denied). */
        UNAVAILABLE,
        /** The device went away while open (unplug, EOF, EIO, peer closed). */
        DISCONNECTED,
        /** The device did not answer within the deadline. */
        TIMEOUT,
        /** The device answered with bytes that do not form a valid reply. */
        PROTOCOL,
        /** Any other I/O error. */
        IO
    }

    private final Reason reason;

    public TransportException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public TransportException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
