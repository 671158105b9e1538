package org.lingong.devices.cli;

import java.util.Locale;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.idcard.sim.IdCardReaderSimulator;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;
import org.lingong.devices.scanner.sim.ScannerSimulator;
import org.lingong.devices.sim.PipedSimulators;
import org.lingong.devices.sim.SimulatedDevice;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportFactory;
import org.lingong.devices.transport.spec.SimulatorTransports;

/**
 * {@code sim:idcard}, {@code sim:printer}, {@code sim:scanner} for the CLI: each transport is an in-memory pipe to
 * a fresh simulator ({@link PipedSimulators}). The reader holds a fictional card, the 80 mm printer is online and keeps
 * receipts in memory, the scanner scans {@link #SAMPLE_CODE} once.
 */
final class CliSimulators implements SimulatorTransports {

    static final String SAMPLE_CODE = "LG-DEMO-0001";

    private final PipedSimulators pipes = new PipedSimulators(CliSimulators::create);

    @Override
    public TransportFactory forSimulator(String name) {
        return pipes.forSimulator(name);
    }

    private static SimulatedDevice create(String name) throws TransportException {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "idcard" -> {
                IdCardReaderSimulator reader = new IdCardReaderSimulator();
                reader.place(FictionalCards.MONGOLIAN_WORKER);
                return reader;
            }
            case "printer" -> {
                return new EscPosPrinterSimulator(PrinterProfile.paper80());
            }
            case "scanner" -> {
                ScannerSimulator scanner = new ScannerSimulator();
                scanner.scan(SAMPLE_CODE);
                return scanner;
            }
            default -> throw PipedSimulators.unknown(name, "sim:idcard, sim:printer, sim:scanner");
        }
    }
}
