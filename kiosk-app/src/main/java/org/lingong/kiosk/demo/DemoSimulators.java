package org.lingong.kiosk.demo;

import org.lingong.devices.idcard.sim.IdCardReaderSimulator;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;
import org.lingong.devices.scanner.sim.ScannerSimulator;
import org.lingong.devices.sim.PipedSimulators;
import org.lingong.devices.sim.SimulatedDevice;
import org.lingong.devices.transport.TransportFactory;
import org.lingong.devices.transport.spec.SimulatorTransports;

/**
 * The in-process simulators behind {@code sim:idcard}, {@code sim:printer} and {@code sim:scanner}: one long-lived
 * instance each, so that the demo panel (and tests) can place cards, scan codes and change the printer's state while
 * the drivers talk to them over in-memory pipes. The reader starts empty, the printer online.
 *
 * <p>Thread-safe (the simulators' setters are). {@link #close()} unplugs the pipes.
 */
public final class DemoSimulators implements SimulatorTransports, AutoCloseable {

    private final IdCardReaderSimulator reader = new IdCardReaderSimulator();
    private final EscPosPrinterSimulator printer;
    private final ScannerSimulator scanner = new ScannerSimulator();
    private final PipedSimulators pipes = new PipedSimulators(this::simulatorFor);

    /** @param printerProfile the configured printer's paper width and QR support */
    public DemoSimulators(PrinterProfile printerProfile) {
        this.printer = new EscPosPrinterSimulator(printerProfile);
        // a reader that tells placements apart (many do): the demo panel lays a card over the one on the reader, and
        // with the all-zero serials of the public samples the poller would take that for the same card staying
        reader.reportCardSerials(true);
    }

    public IdCardReaderSimulator reader() {
        return reader;
    }

    public EscPosPrinterSimulator printer() {
        return printer;
    }

    public ScannerSimulator scanner() {
        return scanner;
    }

    @Override
    public TransportFactory forSimulator(String name) {
        return pipes.forSimulator(name);
    }

    @Override
    public void close() {
        pipes.close();
    }

    private SimulatedDevice simulatorFor(String name) throws org.lingong.devices.transport.TransportException {
        return switch (name) {
            case "idcard" -> reader;
            case "printer" -> printer;
            case "scanner" -> scanner;
            default -> throw PipedSimulators.unknown(name, "sim:idcard, sim:printer, sim:scanner");
        };
    }
}
