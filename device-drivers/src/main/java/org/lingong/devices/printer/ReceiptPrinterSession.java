package org.lingong.devices.printer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.codec.PrinterStatus;
import org.lingong.devices.printer.codec.StatusDecoder;
import org.lingong.devices.printer.codec.StatusReply;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.Transports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A receipt printer on an open {@link Transport}. Every method runs synchronously on the caller's
 * thread (the port's owner thread) and returns only when the bytes are written and, on a
 * status-capable profile, the printer has answered; there are no background threads.
 *
 * <p>Status: {@code 10 04 01}, {@code 10 04 02}, {@code 10 04 04} and, if DLE EOT 2 reports an
 * error, {@code 10 04 03}; each reply is awaited up to {@link #replyTimeout()}. Silence is the value
 * {@link PrinterCondition#NO_REPLY}. Status is only polled between jobs (raster data may contain
 * {@code 10 04 n}).
 *
 * <p>Printing on a status-capable profile: a silent printer is treated as not ready: the job is not
 * sent and the result is {@code NotPrinted(NO_REPLY)} (a slip the worker never receives is worse than
 * showing it on screen). On a one-way profile the job is sent without status.
 */
public final class ReceiptPrinterSession {

    private static final Logger log = LoggerFactory.getLogger(ReceiptPrinterSession.class);
    private static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofMillis(500);
    /** Job bytes per write; small enough to notice an unplug early on a serial line. */
    static final int CHUNK_BYTES = 1024;

    private final Transport transport;
    private final PrinterProfile profile;
    private final Duration replyTimeout;

    public ReceiptPrinterSession(Transport transport, PrinterProfile profile) {
        this(transport, profile, DEFAULT_REPLY_TIMEOUT);
    }

    public ReceiptPrinterSession(Transport transport, PrinterProfile profile, Duration replyTimeout) {
        this.transport = transport;
        this.profile = profile;
        this.replyTimeout = replyTimeout;
    }

    public PrinterProfile profile() {
        return profile;
    }

    public Duration replyTimeout() {
        return replyTimeout;
    }

    /**
     * Reads the printer's status. On a one-way profile nothing is sent and the result is
     * {@code NO_REPLY}: nothing can be known about such a printer.
     *
     * @throws TransportException on broken I/O, or PROTOCOL if a reply twice breaks the fixed-bit pattern
     */
    public PrinterStatus status() throws TransportException {
        if (!profile.statusSupported()) {
            return PrinterStatus.noReply();
        }
        List<StatusReply.Decoded> replies = new ArrayList<>();
        for (int n : new int[] {1, 2, 4}) {
            StatusReply.Decoded reply = query(n);
            if (reply == null) {
                return PrinterStatus.noReply();
            }
            replies.add(reply);
            if (n == 2 && reply.conditions().contains(PrinterCondition.ERROR)) {
                StatusReply.Decoded cause = query(3);
                if (cause == null) {
                    return PrinterStatus.noReply();
                }
                replies.add(cause);
            }
        }
        return StatusDecoder.combine(replies);
    }

    /**
     * Prints a job built with {@link org.lingong.devices.printer.codec.EscPosBuilder}: checks status
     * first and refuses (sending nothing) when it blocks printing, then writes the job and, on a
     * status-capable profile, reads the status again.
     *
     * @throws TransportException with reason DISCONNECTED when the printer goes away before or during the job
     */
    public PrintResult print(byte[] job) throws TransportException {
        if (!profile.statusSupported()) {
            send(job);
            return new PrintResult.Printed(job.length, Set.of(), false);
        }
        PrinterStatus before = status();
        if (!before.canPrint()) {
            log.info("print refused: printer {} is {}", transport.describe(), before.blockingCondition().orElseThrow());
            return new PrintResult.NotPrinted(before);
        }
        send(job);
        PrinterStatus after = status();
        EnumSet<PrinterCondition> warnings = EnumSet.noneOf(PrinterCondition.class);
        warnings.addAll(before.warnings());
        warnings.addAll(after.warnings());
        after.blockingCondition().ifPresent(warnings::add);
        return new PrintResult.Printed(job.length, warnings, true);
    }

    /** {@link #print(byte[])} for a laid-out job. */
    public PrintResult print(PrintJob job) throws TransportException {
        return print(job.bytes());
    }

    private void send(byte[] job) throws TransportException {
        for (int off = 0; off < job.length; off += CHUNK_BYTES) {
            transport.write(Arrays.copyOfRange(job, off, Math.min(job.length, off + CHUNK_BYTES)));
        }
    }

    /** Sends {@code 10 04 n}; a reply breaking the pattern is retried once. Null means no reply in time. */
    private StatusReply.Decoded query(int n) throws TransportException {
        for (int attempt = 1; ; attempt++) {
            transport.discardInput();
            transport.write(new byte[] {0x10, 0x04, (byte) n});
            int b = Transports.readByte(transport, Deadline.in(replyTimeout));
            if (b < 0) {
                return null;
            }
            StatusReply reply = StatusDecoder.decodeRealTime(n, b);
            if (reply instanceof StatusReply.Decoded decoded) {
                return decoded;
            }
            if (attempt == 2) {
                throw new TransportException(TransportException.Reason.PROTOCOL,
                        transport.describe() + " answered DLE EOT " + n + " with " + reply);
            }
            log.debug("invalid reply {} to DLE EOT {}, retrying", reply, n);
        }
    }
}
