package org.lingong.devices.scanner;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lingong.devices.lifecycle.SessionFactory;
import org.lingong.devices.scanner.codec.ScanLineDecoder;
import org.lingong.devices.scanner.codec.ScanResult;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;

/**
 * Reads codes from a serial (RS-232 / USB-CDC) scanner: bytes from the transport go through a
 * {@link ScanLineDecoder}; completed lines are queued and handed out one by one.
 *
 * <p>Threading: use on the port's owner thread only (e.g. inside a {@code ManagedDevice} periodic task).
 */
public final class CodeScannerSession {

    private final Transport transport;
    private final ScanLineDecoder decoder;
    private final ArrayDeque<ScanResult> ready = new ArrayDeque<>();
    private final byte[] chunk = new byte[512];

    public CodeScannerSession(Transport transport, ScanLineDecoder decoder) {
        this.transport = transport;
        this.decoder = decoder;
    }

    /** A session factory that drops bytes received before the session started (a half line from before a replug). */
    public static SessionFactory<CodeScannerSession> factory(int maxLineBytes) {
        return transport -> {
            transport.discardInput();
            return new CodeScannerSession(transport, new ScanLineDecoder(maxLineBytes));
        };
    }

    public static SessionFactory<CodeScannerSession> factory() {
        return factory(ScanLineDecoder.DEFAULT_MAX_LINE_BYTES);
    }

    /**
     * The next scanned line, waiting until {@code deadline}; empty if no complete line arrived in time (a partial
     * line is kept for the next call).
     *
     * @throws TransportException DISCONNECTED when the scanner went away
     */
    public Optional<ScanResult> next(Deadline deadline) throws TransportException {
        while (ready.isEmpty()) {
            int n = transport.read(chunk, 0, chunk.length, deadline);
            if (n == 0) {
                return Optional.empty();
            }
            ready.addAll(decoder.feed(chunk, 0, n));
        }
        return Optional.of(ready.poll());
    }

    /** Waits for bytes until {@code deadline} once, and returns every line completed so far (possibly none). */
    public List<ScanResult> poll(Deadline deadline) throws TransportException {
        if (ready.isEmpty()) {
            int n = transport.read(chunk, 0, chunk.length, deadline);
            ready.addAll(decoder.feed(chunk, 0, n));
        }
        List<ScanResult> results = new ArrayList<>(ready);
        ready.clear();
        return results;
    }
}
