package org.lingong.devices.testing;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.lingong.devices.sim.SimulatedDevice;
import org.lingong.devices.transport.PipeTransport;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportFactory;

/**
 * Hands out a new in-memory pipe per call, each served by the simulator on a daemon thread. While
 * {@link #setPresent(boolean) absent}, creating fails with NOT_FOUND, as for an unplugged USB adapter.
 */
public final class PipeFactory implements TransportFactory {

    private final SimulatedDevice simulator;
    private final List<PipeTransport> created = new CopyOnWriteArrayList<>();
    private volatile boolean present = true;
    private volatile int attempts;

    public PipeFactory(SimulatedDevice simulator) {
        this.simulator = simulator;
    }

    @Override
    public Transport create() throws TransportException {
        attempts++;
        if (!present) {
            throw new TransportException(TransportException.Reason.NOT_FOUND, "pipe device is unplugged");
        }
        PipeTransport pipe = PipeTransport.create(simulator.name() + "-" + created.size());
        created.add(pipe);
        Thread serving = new Thread(() -> {
            try {
                simulator.serve(pipe.deviceEnd().input(), pipe.deviceEnd().output());
            } catch (IOException e) {
                // the host went away
            }
        }, "pipe-sim-" + created.size());
        serving.setDaemon(true);
        serving.start();
        return pipe;
    }

    public void setPresent(boolean isPresent) {
        present = isPresent;
    }

    /** Calls to {@link #create()}, successful or not. */
    public int attempts() {
        return attempts;
    }

    public List<PipeTransport> created() {
        return created;
    }

    public PipeTransport latest() {
        return created.get(created.size() - 1);
    }
}
