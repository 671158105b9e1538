package org.lingong.devices.printer;

import java.io.IOException;
import java.time.Duration;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;
import org.lingong.devices.sim.SimulatorServer;
import org.lingong.devices.transport.PipeTransport;
import org.lingong.devices.transport.TcpTransport;
import org.lingong.devices.transport.Transport;

/**
 * Test rig: a printer simulator wired to a session over an in-memory pipe or over TCP.
 * {@link #unplug()} pulls the cable the way the transport knows it.
 */
final class PrinterRig implements AutoCloseable {

    enum Wire { PIPE, TCP }

    final EscPosPrinterSimulator simulator;
    final Transport transport;
    final ReceiptPrinterSession session;
    private final Runnable unplug;
    private final AutoCloseable cleanup;

    private PrinterRig(EscPosPrinterSimulator simulator, Transport transport, PrinterProfile profile,
                       Duration replyTimeout, Runnable unplug, AutoCloseable cleanup) {
        this.simulator = simulator;
        this.transport = transport;
        this.session = new ReceiptPrinterSession(transport, profile, replyTimeout);
        this.unplug = unplug;
        this.cleanup = cleanup;
    }

    /** Generous reply timeout for printers that answer: a slow CI machine must not turn a reply into NO_REPLY. */
    static final Duration ANSWERING = Duration.ofSeconds(5);
    /** The driver's default, for printers that stay silent (every silent query costs this long). */
    static final Duration SILENT = Duration.ofMillis(500);

    static PrinterRig start(Wire wire, PrinterProfile profile) throws IOException {
        return start(wire, profile, ANSWERING);
    }

    static PrinterRig start(Wire wire, PrinterProfile profile, Duration replyTimeout) throws IOException {
        EscPosPrinterSimulator simulator = new EscPosPrinterSimulator(profile);
        if (wire == Wire.TCP) {
            SimulatorServer server = SimulatorServer.start(simulator, 0);
            TcpTransport tcp = new TcpTransport("127.0.0.1", server.port());
            tcp.open();
            return new PrinterRig(simulator, tcp, profile, replyTimeout, server::dropConnections, server);
        }
        PipeTransport pipe = PipeTransport.create("printer");
        pipe.open();
        Thread device = new Thread(() -> {
            try {
                simulator.serve(pipe.deviceEnd().input(), pipe.deviceEnd().output());
            } catch (IOException e) {
                // unplugged: the simulator stops like a printer without power
            }
        }, "printer-sim-pipe");
        device.setDaemon(true);
        device.start();
        return new PrinterRig(simulator, pipe, profile, replyTimeout, pipe.deviceEnd()::unplug,
                () -> pipe.deviceEnd().unplug());
    }

    Runnable unplugAction() {
        return unplug;
    }

    @Override
    public void close() throws Exception {
        transport.close();
        cleanup.close();
    }
}
