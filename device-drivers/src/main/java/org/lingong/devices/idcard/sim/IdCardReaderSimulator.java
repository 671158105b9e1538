package org.lingong.devices.idcard.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.lingong.devices.idcard.codec.FrameEvent;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.codec.SamCommand;
import org.lingong.devices.idcard.codec.SamFrame;
import org.lingong.devices.idcard.codec.SamFrameDecoder;
import org.lingong.devices.idcard.codec.SamResult;
import org.lingong.devices.sim.SimulatedDevice;

/**
 * A SAM ID-card reader on the wire (devices.md A): answers status, SAM id, reset, find, select, read
 * (text+photo, text+photo+fingerprint), appended address and set-baud with correct frames, host frames
 * with a bad checksum with {@code 10}, unknown commands with {@code 21}.
 *
 * <p>Cards are placed and removed at runtime ({@link #place}, {@link #remove}); one-shot faults are
 * queued with {@link #injectOnce}; replies can be delayed ({@link #setAnswerDelay}) and paced at a baud
 * ({@link #setPacing}). All setters are thread-safe and take effect on the next reply. One simulator
 * serves one connection at a time.
 */
public final class IdCardReaderSimulator implements SimulatedDevice {

    private static final byte[] SAM_ID = {0x05, 0x00, 0x01, 0x00, 0x15, 0x0A, 0x35, 0x01,
        0x2A, 0x00, 0x00, 0x00, (byte) 0xD2, 0x04, 0x00, 0x00};

    private record PendingFault(Fault fault, Optional<SamCommand> on) {
    }

    private final ReaderState state = new ReaderState();
    private final Queue<PendingFault> faults = new ConcurrentLinkedQueue<>();
    private final Map<SamCommand, AtomicInteger> received = new EnumMap<>(SamCommand.class);
    private final Random noise = new Random(42);
    private volatile Duration answerDelay = Duration.ZERO;
    private volatile int pacingBaud;
    private volatile int slowFaultBaud = 115_200;
    private volatile boolean reportSerials;
    private volatile FindAfterRead findAfterRead = FindAfterRead.KEEPS_FINDING;

    public IdCardReaderSimulator() {
        for (SamCommand c : SamCommand.values()) {
            received.put(c, new AtomicInteger());
        }
    }

    @Override
    public String name() {
        return "idcard";
    }

    /** Lays {@code card} on the reader (replacing any card), with no appended address. */
    public void place(IdCard card) {
        state.place(card, List.of());
    }

    /** Lays {@code card} on the reader with up to 4 appended addresses (at most 35 characters each). */
    public void place(IdCard card, List<String> appendedAddresses) {
        state.place(card, appendedAddresses);
    }

    /** Lifts the card off the reader. */
    public void remove() {
        state.remove();
    }

    /** Queues a fault for the next reply to any command. */
    public void injectOnce(Fault fault) {
        faults.add(new PendingFault(fault, Optional.empty()));
    }

    /** Queues a fault for the next reply to {@code command}. */
    public void injectOnce(Fault fault, SamCommand command) {
        faults.add(new PendingFault(fault, Optional.of(command)));
    }

    /** The reader's own processing time before each reply. */
    public void setAnswerDelay(Duration delay) {
        this.answerDelay = delay;
    }

    /** Paces every reply at {@code baud} (0 = as fast as the connection goes). */
    public void setPacing(int baud) {
        this.pacingBaud = baud;
    }

    /** The baud used by a one-shot {@link Fault#SLOW} (default 115200). */
    public void setSlowFaultBaud(int baud) {
        this.slowFaultBaud = baud;
    }

    /** Whether select reports a per-placement card serial (default: 8 zero bytes, as in public samples). */
    public void reportCardSerials(boolean report) {
        this.reportSerials = report;
    }

    public void setFindAfterRead(FindAfterRead behaviour) {
        this.findAfterRead = behaviour;
    }

    /** How many requests for {@code command} arrived so far. */
    public int receivedCount(SamCommand command) {
        return received.get(command).get();
    }

    @Override
    public void serve(InputStream fromHost, OutputStream toHost) throws IOException {
        SamFrameDecoder decoder = new SamFrameDecoder();
        byte[] buf = new byte[512];
        int n;
        while ((n = fromHost.read(buf)) >= 0) {
            for (FrameEvent event : decoder.feed(buf, 0, n)) {
                Optional<SamCommand> command = commandOf(event);
                command.ifPresent(c -> received.get(c).incrementAndGet());
                Fault fault = takeFault(command).orElse(null);
                Optional<SamFrame> noCard = fault == Fault.NO_CARD
                        ? command.flatMap(SimulatedReplies::noCard) : Optional.empty();
                if (!send(noCard.orElseGet(() -> replyTo(event, command)), fault, toHost)) {
                    toHost.close();
                    return;
                }
            }
        }
    }

    private static Optional<SamCommand> commandOf(FrameEvent event) {
        return event instanceof FrameEvent.Received r && r.frame().bodyLength() >= 2
                ? SamCommand.of(r.frame().bodyByte(0), r.frame().bodyByte(1)) : Optional.empty();
    }

    private SamFrame replyTo(FrameEvent event, Optional<SamCommand> command) {
        if (event instanceof FrameEvent.Rejected rejected) {
            return SamFrame.response(rejected.error() == FrameEvent.FrameError.BAD_CHECKSUM
                    ? SamResult.CHECKSUM_ERROR : SamResult.LENGTH_ERROR, new byte[0]);
        }
        if (((FrameEvent.Received) event).frame().bodyLength() < 2) {
            return SamFrame.response(SamResult.LENGTH_ERROR, new byte[0]);
        }
        return command.map(c -> SimulatedReplies.reply(c, state, reportSerials, findAfterRead))
                .orElseGet(() -> SamFrame.response(SamResult.COMMAND_ERROR, new byte[0]));
    }

    /**
     * Writes {@code reply} after the answer delay, damaged as {@code fault} says.
     *
     * @return false when the connection must be dropped (unplug fault)
     */
    private boolean send(SamFrame reply, Fault fault, OutputStream out) throws IOException {
        byte[] bytes = reply.toBytes();
        sleep(answerDelay);
        int baud = fault == Fault.SLOW ? slowFaultBaud : pacingBaud;
        if (fault == Fault.BAD_CHECKSUM) {
            bytes[bytes.length - 1] ^= 0x5A;
        }
        if (fault == Fault.GARBAGE) {
            byte[] noise = noiseBytes();
            ReplyWriter.write(out, noise, noise.length, baud);
        }
        boolean halfOnly = fault == Fault.TRUNCATED_FRAME || fault == Fault.UNPLUG_MID_FRAME;
        ReplyWriter.write(out, bytes, halfOnly ? bytes.length / 2 : bytes.length, baud);
        return fault != Fault.UNPLUG_MID_FRAME;
    }

    private Optional<Fault> takeFault(Optional<SamCommand> command) {
        for (PendingFault f : faults) {
            if (f.on().isEmpty() || f.on().equals(command)) {
                if (faults.remove(f)) {
                    return Optional.of(f.fault());
                }
            }
        }
        return Optional.empty();
    }

    /** 37 noise bytes without {@code AA}, so they can never form a preamble. */
    private synchronized byte[] noiseBytes() {
        byte[] b = new byte[37];
        noise.nextBytes(b);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == (byte) 0xAA) {
                b[i] = 0x55;
            }
        }
        return b;
    }

    private static void sleep(Duration d) throws IOException {
        if (d.isZero()) {
            return;
        }
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        }
    }

    /** The 16 SAM id bytes this simulator reports to {@code 12 FF}. */
    static byte[] samIdBytes() {
        return SAM_ID.clone();
    }
}
