package org.lingong.devices.printer.sim;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.sim.SimulatedDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An ESC/POS receipt printer seen from the wire. It interprets what the host sends into receipts
 * (a cut ends one: transcript + PNG), answers {@code DLE EOT n} from an injectable
 * {@link SimulatedPrinterState} and pushes ASB blocks when enabled.
 *
 * <p>Threading: {@link #serve} runs on the connection's thread (one connection at a time is the
 * intended use); state, fault injection and receipt access are safe from any thread. Listeners run
 * on the serving thread and must return quickly.
 */
public final class EscPosPrinterSimulator implements SimulatedDevice {

    private static final Logger log = LoggerFactory.getLogger(EscPosPrinterSimulator.class);

    private final PrinterProfile profile;
    private final ReceiptRenderer renderer;
    private final List<PrintedReceipt> receipts = new CopyOnWriteArrayList<>();
    private final List<Consumer<PrintedReceipt>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong jobBytes = new AtomicLong();
    private final AtomicLong statusRequests = new AtomicLong();
    private volatile SimulatedPrinterState state = SimulatedPrinterState.ONLINE;
    private volatile Path outputDirectory;
    private volatile Unplug unplug;
    private volatile OutputStream asbTarget;
    private ExecutorService writer;

    public EscPosPrinterSimulator(PrinterProfile profile) {
        this.profile = profile;
        this.renderer = new ReceiptRenderer(profile.printableDots());
    }

    @Override
    public String name() {
        return "printer-" + profile.name();
    }

    public PrinterProfile profile() {
        return profile;
    }

    /** Sets the reported state; pushes an ASB block if the host enabled ASB on the current connection. */
    public void setState(SimulatedPrinterState newState) {
        state = newState;
        OutputStream target = asbTarget;
        byte[] block = newState.asbBlock();
        if (target != null && block != null) {
            try {
                writeReply(target, block);
            } catch (IOException e) {
                log.debug("ASB push failed: {}", e.getMessage());
            }
        }
    }

    public SimulatedPrinterState state() {
        return state;
    }

    /**
     * Also writes each receipt as {@code receipt-NNNN.png} and then {@code receipt-NNNN.txt} into
     * {@code directory}, on a background writer thread (the {@code .txt} appearing means both are complete).
     */
    public void writeReceiptsTo(Path directory) {
        this.outputDirectory = directory;
    }

    /**
     * Fault injection: once {@code afterJobBytes} non-status bytes have arrived, run {@code action}
     * (e.g. {@code pipe.deviceEnd()::unplug} or {@code server::dropConnections}) and stop serving.
     */
    public void unplugAfter(long afterJobBytes, Runnable action) {
        this.unplug = new Unplug(afterJobBytes, action);
    }

    public void addListener(Consumer<PrintedReceipt> listener) {
        listeners.add(listener);
    }

    /** Every receipt so far, oldest first. */
    public List<PrintedReceipt> receipts() {
        return List.copyOf(receipts);
    }

    /** Bytes received that were not DLE EOT status requests, over all connections. */
    public long jobBytesReceived() {
        return jobBytes.get();
    }

    public long statusRequestsReceived() {
        return statusRequests.get();
    }

    /** Waits until every receipt file queued so far is written; false if that takes longer than {@code timeout}. */
    public boolean awaitWrites(Duration timeout) throws InterruptedException {
        try {
            writer().submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /** Waits for receipt number {@code number} (1-based) to exist; empty if it does not in time. */
    public Optional<PrintedReceipt> awaitReceipt(int number, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (receipts) {
            while (receipts.size() < number) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                TimeUnit.NANOSECONDS.timedWait(receipts, left);
            }
            return Optional.of(receipts.get(number - 1));
        }
    }

    @Override
    public void serve(InputStream fromHost, OutputStream toHost) throws IOException {
        ReceiptAssembler paper = new ReceiptAssembler(profile.printableDots());
        Connection connection = new Connection(paper, toHost);
        try {
            new EscPosInterpreter(new BufferedInputStream(fromHost), paper, connection).run();
        } finally {
            asbTarget = null;
            if (!paper.isEmpty()) {
                finishReceipt(paper.take(), false);
            }
        }
    }

    /** Interprets a complete byte stream offline (no replies are sent); returns the receipts it produced. */
    public List<PrintedReceipt> interpret(byte[] stream) {
        int before = receipts.size();
        try {
            serve(new java.io.ByteArrayInputStream(stream), OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new IllegalStateException("in-memory stream failed", e);
        }
        return receipts().subList(before, receipts.size());
    }

    private void finishReceipt(List<ReceiptElement> elements, boolean cut) {
        PrintedReceipt receipt;
        synchronized (receipts) {
            receipt = new PrintedReceipt(receipts.size() + 1, elements, cut, renderer::png);
            receipts.add(receipt);
            receipts.notifyAll();
        }
        log.debug("{} printed {}", name(), receipt);
        if (!receipt.unknownCommands().isEmpty()) {
            log.info("{} receipt #{} had commands it did not interpret: {}", name(), receipt.number(),
                    receipt.unknownCommands());
        }
        save(receipt);
        listeners.forEach(l -> l.accept(receipt));
    }

    /** Writes the receipt's files on the writer thread, so that rendering never delays status replies. */
    private void save(PrintedReceipt receipt) {
        Path dir = outputDirectory;
        if (dir != null) {
            writer().execute(() -> write(receipt, dir));
        }
    }

    private synchronized ExecutorService writer() {
        if (writer == null) {
            writer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "sim-" + name() + "-writer");
                t.setDaemon(true);
                return t;
            });
        }
        return writer;
    }

    private void write(PrintedReceipt receipt, Path dir) {
        String base = String.format("receipt-%04d", receipt.number());
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve(base + ".png"), receipt.png());
            Files.writeString(dir.resolve(base + ".txt"), receipt.transcript(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("cannot write {} to {}: {}", base, dir, e.getMessage());
        }
    }

    private static void writeReply(OutputStream out, byte[] bytes) throws IOException {
        synchronized (out) {
            out.write(bytes);
            out.flush();
        }
    }

    private record Unplug(long afterJobBytes, Runnable action) {
    }

    /** Per-connection event handling. */
    private final class Connection implements InterpreterEvents {
        private final ReceiptAssembler paper;
        private final OutputStream toHost;
        private long lastJobBytes;

        Connection(ReceiptAssembler paper, OutputStream toHost) {
            this.paper = paper;
            this.toHost = toHost;
        }

        @Override
        public void statusRequested(int n) throws IOException {
            statusRequests.incrementAndGet();
            int reply = state.replyTo(n);
            if (reply >= 0) {
                writeReply(toHost, new byte[] {(byte) reply});
            }
        }

        @Override
        public void asbRequested(int n) throws IOException {
            asbTarget = n == 0 ? null : toHost;
            byte[] block = state.asbBlock();
            if (n != 0 && block != null) {
                writeReply(toHost, block);
            }
        }

        @Override
        public void cut() {
            finishReceipt(paper.take(), true);
        }

        @Override
        public void commandDone(long connectionJobBytes) throws IOException {
            long total = jobBytes.addAndGet(connectionJobBytes - lastJobBytes);
            lastJobBytes = connectionJobBytes;
            Unplug fault = unplug;
            if (fault != null && connectionJobBytes >= fault.afterJobBytes()) {
                unplug = null;
                log.info("{} simulating unplug after {} job bytes ({} in total)", name(), connectionJobBytes, total);
                fault.action().run();
                throw new IOException("simulated unplug");
            }
        }
    }
}
