package org.lingong.kiosk.technician;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.lingong.devices.idcard.CardEvent;
import org.lingong.devices.idcard.IdCardReaderDevice;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.codec.SamId;
import org.lingong.devices.printer.PrintResult;
import org.lingong.platform.api.privacy.Masking;
import org.lingong.devices.probe.PortProbe;
import org.lingong.devices.probe.ProbeResult;
import org.lingong.devices.scanner.SerialCodeScanner;
import org.lingong.devices.scanner.codec.ScanResult;
import org.lingong.devices.scanner.codec.ScannedCode;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.serial.SerialPortInfo;
import org.lingong.devices.transport.serial.SerialPorts;
import org.lingong.devices.transport.spec.SimulatorTransports;
import org.lingong.devices.transport.spec.TransportSpec;
import org.lingong.kiosk.staff.PrinterWords;
import org.lingong.kiosk.staff.StaffPrinter;

/**
 * The technician's device work: which ports there are, which device answers on a port ({@link PortProbe}, the same
 * logic as the device CLI's {@code probe}), and a test of each running device (read a card, print the sample slip,
 * wait for one scan). Blocking (ports, devices, up to {@link #WAIT}): call through the task executor.
 *
 * <p>A serial port the running kiosk holds is not opened a second time: its probe reports the running device.
 * {@code sim:} ports are pipes to the demo simulators, so each probe gets its own connection.
 */
public final class DeviceChecks {

    /** How long a test waits for a card or a scan. */
    public static final Duration WAIT = Duration.ofSeconds(20);

    private final SimulatorTransports simulators;
    private final Map<DeviceSlot, String> runningSpecs;
    private final Supplier<IdCardReaderDevice> reader;
    private final StaffPrinter printer;
    private final Supplier<SerialCodeScanner> scanner;

    /** The reader and scanner are looked up when first used (they are built after the session's state holders). */
    public DeviceChecks(SimulatorTransports simulators, Map<DeviceSlot, String> runningSpecs,
            Supplier<IdCardReaderDevice> reader, StaffPrinter printer, Supplier<SerialCodeScanner> scanner) {
        this.simulators = simulators;
        this.runningSpecs = Map.copyOf(runningSpecs);
        this.reader = reader;
        this.printer = printer;
        this.scanner = scanner;
    }

    /** The ports to choose from: serial ports (and their stable links), then the simulators and configured specs. */
    public List<String> ports() {
        List<String> ports = new ArrayList<>();
        for (SerialPortInfo port : SerialPorts.list()) {
            ports.add(port.path());
        }
        if (simulators != SimulatorTransports.NONE) {
            for (DeviceSlot slot : DeviceSlot.values()) {
                add(ports, "sim:" + slot.section());
            }
        }
        runningSpecs.values().forEach(spec -> add(ports, portOf(spec)));
        return ports;
    }

    /** The port part of a spec: the serial path without baud, or the whole spec for other transports. */
    public static String portOf(String spec) {
        TransportSpec parsed = TransportSpec.parse(spec);
        return parsed instanceof TransportSpec.Serial serial ? serial.settings().path() : parsed.describe();
    }

    public CheckOutcome probe(String spec) throws TransportException {
        TransportSpec target = TransportSpec.parse(spec);
        if (target instanceof TransportSpec.Serial serial) {
            Optional<DeviceSlot> holder = runningSpecs.entrySet().stream()
                    .filter(e -> portOf(e.getValue()).equals(serial.settings().path())).map(Map.Entry::getKey).findFirst();
            if (holder.isPresent()) {
                return CheckOutcome.ok("technician.probe.inUse", serial.settings().path())
                        .saying(holder.get().labelKey());
            }
        }
        try (Transport transport = target.factory(simulators).create()) {
            transport.open();
            return describe(target.describe(), PortProbe.probe(transport));
        } catch (TransportException e) {
            return CheckOutcome.failed("technician.probe.cannotOpen", target.describe());
        }
    }

    /** The device found on {@code port} (with its baud when probed over serial), the printer's state in words. */
    private static CheckOutcome describe(String port, ProbeResult result) {
        if (result instanceof ProbeResult.IdCardReader found) {
            return CheckOutcome.ok("technician.probe.reader", port + found.baud().map(b -> ", " + b + " baud").orElse("")
                    + ", SAM " + found.samId().map(SamId::format).orElse("-"));
        }
        if (result instanceof ProbeResult.ReceiptPrinter found) {
            return CheckOutcome.ok("technician.probe.printer", port + found.baud().map(b -> ", " + b + " baud").orElse(""))
                    .saying(PrinterWords.key(found.status()));
        }
        return CheckOutcome.failed("technician.probe.noAnswer", port);
    }

    /** Waits for a card on the running reader; the answer shows masked data only. */
    public CheckOutcome readCard() throws InterruptedException {
        CompletableFuture<IdCard> placed = new CompletableFuture<>();
        Consumer<CardEvent> listener = event -> {
            if (event instanceof CardEvent.CardPlaced card) {
                placed.complete(card.card());
            }
        };
        reader.get().addCardListener(listener);
        try {
            IdCard card = placed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            return CheckOutcome.ok("technician.test.cardRead",
                    Masking.name(card.displayName()) + "  " + Masking.idNumber(card.documentNumber()));
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            return CheckOutcome.failed("technician.test.noCard", Long.toString(WAIT.toSeconds()));
        } finally {
            reader.get().removeCardListener(listener);
        }
    }

    public CheckOutcome printTestSlip() {
        try {
            PrintResult result = printer.printTestPage();
            if (result instanceof PrintResult.NotPrinted refused) {
                return CheckOutcome.failed("technician.test.notPrinted", "").saying(PrinterWords.key(refused.status()));
            }
            return CheckOutcome.ok("technician.test.printed", "");
        } catch (Exception e) {
            return CheckOutcome.failed("technician.test.notPrinted", "").saying("status.printer.error");
        }
    }

    /** Waits for one scan; shows only its length and kind, never its content. */
    public CheckOutcome awaitScan() throws InterruptedException {
        CompletableFuture<ScanResult> scanned = new CompletableFuture<>();
        Consumer<ScanResult> listener = scanned::complete;
        scanner.get().addListener(listener);
        try {
            ScanResult result = scanned.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (result instanceof ScannedCode code) {
                return CheckOutcome.ok("technician.test.scanned", code.text().length() + " / " + kind(code.text()));
            }
            return CheckOutcome.failed("technician.test.scanUnreadable", "");
        } catch (TimeoutException | java.util.concurrent.ExecutionException e) {
            return CheckOutcome.failed("technician.test.noScan", Long.toString(WAIT.toSeconds()));
        } finally {
            scanner.get().removeListener(listener);
        }
    }

    private static String kind(String text) {
        if (text.startsWith("http://") || text.startsWith("https://")) {
            return "URL";
        }
        return text.chars().allMatch(Character::isDigit) ? "0-9" : "TEXT";
    }

    private static void add(List<String> ports, String port) {
        if (!ports.contains(port)) {
            ports.add(port);
        }
    }
}
