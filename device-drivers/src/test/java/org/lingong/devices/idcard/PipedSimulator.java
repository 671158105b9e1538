package org.lingong.devices.idcard;

import java.io.IOException;
import org.lingong.devices.idcard.sim.IdCardReaderSimulator;
import org.lingong.devices.transport.PipeTransport;
import org.lingong.devices.transport.TransportException;

/** Test helper: a simulator serving the device end of an in-memory pipe on its own daemon thread. */
final class PipedSimulator implements AutoCloseable {

    final IdCardReaderSimulator simulator;
    final PipeTransport transport;
    private final Thread thread;

    private PipedSimulator(IdCardReaderSimulator simulator) {
        this.simulator = simulator;
        this.transport = PipeTransport.create("idcard");
        this.thread = new Thread(this::serve, "piped-idcard-sim");
        this.thread.setDaemon(true);
    }

    static PipedSimulator start(IdCardReaderSimulator simulator) throws TransportException {
        PipedSimulator p = new PipedSimulator(simulator);
        p.transport.open();
        p.thread.start();
        return p;
    }

    static PipedSimulator start() throws TransportException {
        return start(new IdCardReaderSimulator());
    }

    private void serve() {
        try {
            simulator.serve(transport.deviceEnd().input(), transport.deviceEnd().output());
        } catch (IOException e) {
            // the pipe was unplugged: the connection is over
        }
    }

    @Override
    public void close() throws InterruptedException {
        transport.close();
        transport.deviceEnd().unplug();
        thread.join(2_000);
    }
}
