package org.lingong.devices.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lingong.devices.idcard.CardReadOutcome;
import org.lingong.devices.idcard.ReadMode;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.idcard.sim.IdCardReaderSimulator;
import org.lingong.devices.printer.PrintResult;
import org.lingong.devices.printer.ReceiptLayout;
import org.lingong.devices.printer.ReceiptPrinterSession;
import org.lingong.devices.printer.SampleSlip;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;
import org.lingong.devices.printer.sim.PrintedReceipt;
import org.lingong.devices.scanner.CodeScannerSession;
import org.lingong.devices.scanner.codec.ScanResult;
import org.lingong.devices.scanner.codec.ScannedCode;
import org.lingong.devices.scanner.sim.ScannerSimulator;
import org.lingong.devices.sim.PtyBridge;
import org.lingong.devices.sim.SimulatedDevice;
import org.lingong.devices.sim.SimulatorServer;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.TcpTransport;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.serial.SerialTransport;
import org.lingong.devices.transport.spec.TransportSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code demo}: a self-contained tour with simulators only. ID-card reader behind a socat pty read through
 * jSerialComm (TCP if socat is missing), printer on TCP printing the sample slip to {@code --out}, scanner
 * behind a pty (or TCP) sending one code.
 */
@Command(name = "demo", description = {"Tour the drivers against simulators: read a fictional ID card through a serial pty,",
    "print the sample slip (transcript + PNG under --out), scan a code. Needs no hardware; socat is optional."})
final class DemoCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(DemoCommand.class);

    static final String DEMO_CODE = "LG1.demo-referral-TJ-20261127-0042";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "data/receipts",
            description = "Where the printed slip's transcript and PNG go (default: ${DEFAULT-VALUE})")
    Path out;

    private PrintWriter console;
    private Path ptyDir;
    private boolean socatMissing;

    @Override
    public Integer call() throws IOException, InterruptedException {
        console = spec.commandLine().getOut();
        ptyDir = Files.createTempDirectory("lingong-demo");
        try {
            readCard();
            printSlip();
            scanCode();
        } finally {
            Files.deleteIfExists(ptyDir);
        }
        console.println("demo finished: every device answered");
        console.flush();
        return ExitCodes.OK;
    }

    private void readCard() throws IOException {
        IdCardReaderSimulator reader = new IdCardReaderSimulator();
        reader.place(FictionalCards.MONGOLIAN_WORKER);
        reader.setPacing(115_200);
        try (SimulatorServer server = SimulatorServer.start(reader, 0);
             PtyBridge bridge = bridge("ttyIDCARD", server)) {
            TransportSpec where = bridge == null ? new TransportSpec.Tcp("127.0.0.1", server.port())
                    : TransportSpec.parse(bridge.link().toString());
            try (ReaderConnection connection = ReaderConnection.open(where, null, name -> null)) {
                String via = bridge == null ? "TCP" : "jSerialComm at " + connection.baud().orElseThrow() + " baud";
                console.println("1. ID-card reader simulator on " + connection.describe() + ", read through " + via + ":");
                CardReadOutcome outcome = connection.session().readCard(ReadMode.TEXT_PHOTO);
                if (!(outcome instanceof CardReadOutcome.CardRead read)) {
                    throw new CliFailure(ExitCodes.OTHER, "the demo card could not be read: " + outcome);
                }
                console.println("   " + CardFields.json(read.card(), false));
            }
        }
        console.flush();
    }

    private void printSlip() throws IOException, InterruptedException {
        PrinterProfile profile = PrinterProfile.paper58();
        EscPosPrinterSimulator printer = new EscPosPrinterSimulator(profile);
        printer.writeReceiptsTo(out);
        try (SimulatorServer server = SimulatorServer.start(printer, 0);
             Transport tcp = new TcpTransport("127.0.0.1", server.port())) {
            tcp.open();
            PrintResult result = new ReceiptPrinterSession(tcp, profile)
                    .print(new ReceiptLayout(profile).referralSlip(SampleSlip.text()));
            if (!(result instanceof PrintResult.Printed printed)) {
                throw new CliFailure(ExitCodes.OTHER, "the demo printer refused the slip: " + result);
            }
            Optional<PrintedReceipt> receipt = printer.awaitReceipt(1, Duration.ofSeconds(10));
            if (receipt.isEmpty() || !printer.awaitWrites(Duration.ofSeconds(10))) {
                throw new CliFailure(ExitCodes.OTHER, "the demo printer did not finish the slip within 10 s");
            }
            String base = String.format("receipt-%04d", receipt.get().number());
            console.println("2. printer simulator on " + tcp.describe() + ": sample slip printed, " + printed.bytesSent()
                    + " bytes; printer online");
            console.println("   transcript: " + out.resolve(base + ".txt"));
            console.println("   image:      " + out.resolve(base + ".png"));
        }
        console.flush();
    }

    private void scanCode() throws IOException {
        ScannerSimulator scanner = new ScannerSimulator();
        try (SimulatorServer server = SimulatorServer.start(scanner, 0);
             PtyBridge bridge = bridge("ttySCANNER", server);
             Transport transport = bridge == null ? new TcpTransport("127.0.0.1", server.port())
                     : SerialTransport.of(bridge.link().toString(), 9600)) {
            transport.open();
            CodeScannerSession session = CodeScannerSession.factory().open(transport);
            scanner.scan(DEMO_CODE);
            Optional<ScanResult> code = session.next(Deadline.in(Duration.ofSeconds(10)));
            if (code.isEmpty() || !(code.get() instanceof ScannedCode scanned)) {
                throw new CliFailure(ExitCodes.OTHER, "the demo scanner's code did not arrive: " + code);
            }
            console.println("3. scanner simulator on " + transport.describe() + ": scanned \"" + scanned.text() + "\"");
        } catch (TransportException e) {
            throw new CliFailure(ExitCodes.OTHER, "demo scanner failed: " + e.getMessage());
        }
        console.flush();
    }

    /** A pty bridge to {@code server}, or null (said once) when socat is not installed. */
    private PtyBridge bridge(String name, SimulatorServer server) {
        if (socatMissing) {
            return null;
        }
        try {
            return PtyBridge.start(ptyDir.resolve(name), server.port());
        } catch (IOException e) {
            socatMissing = true;
            log.debug("no pty bridge", e);
            console.println("socat is not available (apt-get install socat): using TCP instead of serial ptys");
            return null;
        }
    }
}
