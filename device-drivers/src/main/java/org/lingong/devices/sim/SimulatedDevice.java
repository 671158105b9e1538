package org.lingong.devices.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A device simulator: it speaks a device's wire protocol from the device side over a pair of
 * streams. The same simulator serves an in-memory pipe, a TCP connection, or a pseudo-terminal
 * (through {@link PtyBridge} and {@link SimulatorServer}).
 */
public interface SimulatedDevice {

    /**
     * Serves one host connection until the host disconnects (input ends) or the thread is interrupted.
     * Implementations read requests from {@code fromHost} and write replies to {@code toHost}.
     */
    void serve(InputStream fromHost, OutputStream toHost) throws IOException;

    /** A short name for logs, e.g. {@code idcard}. */
    String name();
}
