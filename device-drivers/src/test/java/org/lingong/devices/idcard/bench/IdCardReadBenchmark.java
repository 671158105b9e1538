package org.lingong.devices.idcard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.lingong.devices.idcard.CardReadOutcome;
import org.lingong.devices.idcard.ReadMode;
import org.lingong.devices.idcard.SamReaderSession;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.idcard.sim.IdCardReaderSimulator;
import org.lingong.devices.sim.PtyBridge;
import org.lingong.devices.sim.SimulatorServer;
import org.lingong.devices.transport.PipeTransport;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.serial.SerialTransport;

/**
 * Times a full find → select → read (30 01) against the simulator paced at a baud, over the in-memory
 * pipe and over socat pty + jSerialComm, and compares with the wire time of the reply bytes plus the
 * simulator's answer delay. Not part of the test run. Usage:
 * {@code java -cp ... org.lingong.devices.idcard.bench.IdCardReadBenchmark [reads] [baud] [answerDelayMs]}
 */
public final class IdCardReadBenchmark {

    /** Reply bytes of one read cycle: find OK 15 + select OK 19 + read 1295. */
    private static final int REPLY_BYTES = 15 + 19 + 1295;
    private static final int WARMUP = 3;

    private IdCardReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int baud = args.length > 1 ? Integer.parseInt(args[1]) : 115_200;
        int delayMs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        double wireMs = REPLY_BYTES * 10.0 * 1000 / baud;
        double expectedMs = wireMs + 3.0 * delayMs;
        System.out.printf(Locale.ROOT, "reply bytes %d at %d baud: wire %.1f ms + 3 x %d ms answer delay = %.1f ms%n",
                REPLY_BYTES, baud, wireMs, delayMs, expectedMs);
        for (int pacing : new int[] {baud, 0}) {
            IdCardReaderSimulator simulator = simulator(pacing, delayMs);
            report("pipe", pacing, overPipe(simulator, reads), expectedMs);
            report("pty ", pacing, overPty(simulator, reads, baud), expectedMs);
        }
    }

    private static IdCardReaderSimulator simulator(int pacing, int delayMs) {
        IdCardReaderSimulator simulator = new IdCardReaderSimulator();
        simulator.setPacing(pacing);
        simulator.setAnswerDelay(Duration.ofMillis(delayMs));
        simulator.place(FictionalCards.RESIDENT);
        return simulator;
    }

    private static List<Double> overPipe(IdCardReaderSimulator simulator, int reads) throws Exception {
        PipeTransport pipe = PipeTransport.create("bench");
        pipe.open();
        Thread serving = new Thread(() -> {
            try {
                simulator.serve(pipe.deviceEnd().input(), pipe.deviceEnd().output());
            } catch (IOException e) {
                // pipe unplugged at the end
            }
        });
        serving.setDaemon(true);
        serving.start();
        try {
            return time(pipe, reads);
        } finally {
            pipe.close();
            pipe.deviceEnd().unplug();
        }
    }

    private static List<Double> overPty(IdCardReaderSimulator simulator, int reads, int baud) throws Exception {
        Path dir = Files.createTempDirectory("idcard-bench");
        try (SimulatorServer server = SimulatorServer.start(simulator, 0);
             PtyBridge bridge = PtyBridge.start(dir.resolve("ttyIDR"), server.port())) {
            Transport port = SerialTransport.of(bridge.link().toString(), baud);
            port.open();
            try {
                return time(port, reads);
            } finally {
                port.close();
            }
        } finally {
            Files.deleteIfExists(dir);
        }
    }

    private static List<Double> time(Transport transport, int reads) throws Exception {
        SamReaderSession session = new SamReaderSession(transport);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARMUP + reads; i++) {
            long start = System.nanoTime();
            CardReadOutcome outcome = session.readCard(ReadMode.TEXT_PHOTO);
            double ms = (System.nanoTime() - start) / 1e6;
            if (!(outcome instanceof CardReadOutcome.CardRead)) {
                throw new IllegalStateException("read " + i + " gave " + outcome);
            }
            if (i >= WARMUP) {
                millis.add(ms);
            }
        }
        return millis;
    }

    private static void report(String path, int pacing, List<Double> millis, double expectedMs) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p90 = sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1);
        System.out.printf(Locale.ROOT, "%s %-13s n=%d  median %.1f ms  p90 %.1f ms  min %.1f  max %.1f%s%n",
                path, pacing > 0 ? "paced " + pacing : "unpaced", sorted.size(), median, p90, sorted.get(0),
                sorted.get(sorted.size() - 1),
                pacing > 0 ? String.format(Locale.ROOT, "  (median - expected = %+.1f ms)", median - expectedMs) : "");
    }
}
