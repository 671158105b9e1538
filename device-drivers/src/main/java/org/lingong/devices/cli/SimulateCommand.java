package org.lingong.devices.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.sim.IdCardReaderSimulator;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;
import org.lingong.devices.scanner.sim.ScannerSimulator;
import org.lingong.devices.sim.PtyBridge;
import org.lingong.devices.sim.SimulatedDevice;
import org.lingong.devices.sim.SimulatorServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code simulate}: serves one simulator on TCP (and behind a pseudo-terminal with {@code --pty}) until Ctrl-C.
 * The pty bridge is restarted whenever its socat exits (a host closing the pty ends socat), so the path stays
 * usable for one CLI run after another.
 */
@Command(name = "simulate", description = {"Run a device simulator on TCP (and a pty with --pty) until Ctrl-C.",
    "idcard: holds --card; printer: answers --state, writes each receipt's .txt and .png to --out;",
    "scanner: sends each line typed on stdin as a scanned code."})
final class SimulateCommand implements Callable<Integer> {

    enum Kind { IDCARD, PRINTER, SCANNER }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "idcard|printer|scanner", description = "Which device to simulate")
    Kind kind;

    @Option(names = "--tcp", paramLabel = "PORT", defaultValue = "0", description = "TCP port on 127.0.0.1 (default: a free port)")
    int tcpPort;

    @Option(names = "--pty", paramLabel = "PATH", description = "Also offer the device as a serial pty at PATH (needs socat)")
    Path pty;

    @Option(names = "--card", paramLabel = "NAME", defaultValue = "mongolian-worker",
            description = "Card on the reader: none, mongolian-worker, resident, long-term, check-x, hong-kong, foreigner-2017, foreigner-2023")
    String card;

    @Option(names = "--state", paramLabel = "STATE", defaultValue = "online",
            description = "Printer state: online, paper-near-end, paper-out, cover-open, offline, error, silent, garbled")
    String state;

    @Option(names = "--width", paramLabel = "58|80", defaultValue = "80", description = "Printer paper width (default: ${DEFAULT-VALUE})")
    int width;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "data/receipts", description = "Where the printer writes receipts (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--duration", paramLabel = "D", converter = DurationConverter.class,
            description = "Stop after D (default: run until Ctrl-C)")
    Duration duration;

    private volatile boolean stopping;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter console = spec.commandLine().getOut();
        SimulatedDevice device = device(console);
        try (SimulatorServer server = SimulatorServer.start(device, tcpPort);
             PtyBridge bridge = pty == null ? null : PtyBridge.start(pty.toAbsolutePath(), server.port())) {
            console.println(kind.name().toLowerCase(java.util.Locale.ROOT) + " simulator listening on tcp:127.0.0.1:" + server.port());
            if (bridge != null) {
                console.println("  and on the serial pty " + bridge.link() + " (use --port " + bridge.link() + ")");
            }
            console.println(duration == null ? "press Ctrl-C to stop" : "stopping after " + duration.toSeconds() + " s");
            console.flush();
            Thread cleanup = new Thread(() -> closeAll(server, bridge), "simulate-shutdown");
            Runtime.getRuntime().addShutdownHook(cleanup);
            try {
                keepRunning(bridge);
            } finally {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            }
        }
        return ExitCodes.OK;
    }

    private SimulatedDevice device(PrintWriter console) {
        return switch (kind) {
            case IDCARD -> {
                IdCardReaderSimulator reader = new IdCardReaderSimulator();
                IdCard placed = SimulatorChoices.card(card);
                if (placed != null) {
                    reader.place(placed);
                }
                yield reader;
            }
            case PRINTER -> {
                PrinterProfile profile = width == 58 ? PrinterProfile.paper58() : PrinterProfile.paper80();
                EscPosPrinterSimulator printer = new EscPosPrinterSimulator(profile);
                printer.setState(SimulatorChoices.state(state));
                printer.writeReceiptsTo(out);
                printer.addListener(r -> {
                    console.println(String.format("receipt %d -> %s", r.number(),
                            out.resolve(String.format("receipt-%04d.{png,txt}", r.number()))));
                    console.flush();
                });
                yield printer;
            }
            case SCANNER -> {
                ScannerSimulator scanner = new ScannerSimulator();
                startStdinReader(scanner, console);
                yield scanner;
            }
        };
    }

    private void keepRunning(PtyBridge bridge) throws IOException, InterruptedException {
        long end = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end && !stopping) {
            Thread.sleep(200);
            restartIfGone(bridge);
        }
    }

    private synchronized void restartIfGone(PtyBridge bridge) throws IOException {
        if (bridge != null && !bridge.isAlive() && !stopping) {
            bridge.restart();
        }
    }

    private static void startStdinReader(ScannerSimulator scanner, PrintWriter console) {
        console.println("type a code and press Enter to scan it");
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isBlank()) {
                        scanner.scan(line.strip());
                    }
                }
            } catch (IOException e) {
                // stdin closed: no more codes
            }
        }, "simulate-stdin");
        reader.setDaemon(true);
        reader.start();
    }

    /** Runs in the shutdown hook (Ctrl-C); synchronized with {@link #restartIfGone} so socat is not restarted after. */
    private synchronized void closeAll(SimulatorServer server, PtyBridge bridge) {
        stopping = true;
        if (bridge != null) {
            bridge.close();
        }
        server.close();
    }
}
