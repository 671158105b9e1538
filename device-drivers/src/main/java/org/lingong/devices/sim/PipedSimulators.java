package org.lingong.devices.sim;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.lingong.devices.transport.PipeTransport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportFactory;
import org.lingong.devices.transport.spec.SimulatorTransports;

/**
 * {@code sim:NAME} transports as in-memory pipes: every transport created is a new {@link PipeTransport} whose
 * device end is served by the simulator {@code lookup} returns for the name, on a daemon thread
 * {@code sim-NAME}. The lookup decides whether each connection gets a fresh simulator (the CLI) or the same
 * long-lived one (the kiosk's demo mode, where a panel drives it).
 *
 * <p>{@link #close()} unplugs every pipe still open, which ends the serving threads.
 */
public final class PipedSimulators implements SimulatorTransports, AutoCloseable {

    /** Finds the simulator for a name; unknown names fail with NOT_FOUND and say which names exist. */
    @FunctionalInterface
    public interface Lookup {
        SimulatedDevice simulatorFor(String name) throws TransportException;
    }

    private final Lookup lookup;
    private final List<PipeTransport> pipes = new CopyOnWriteArrayList<>();

    public PipedSimulators(Lookup lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    @Override
    public TransportFactory forSimulator(String name) {
        return () -> {
            SimulatedDevice device = lookup.simulatorFor(name);
            PipeTransport pipe = PipeTransport.create("sim:" + name);
            pipe.open();
            pipes.add(pipe);
            Thread thread = new Thread(() -> serve(device, pipe), "sim-" + name);
            thread.setDaemon(true);
            thread.start();
            return pipe;
        };
    }

    /** Unplugs every pipe created so far. */
    @Override
    public void close() {
        pipes.forEach(pipe -> pipe.deviceEnd().unplug());
        pipes.clear();
    }

    private void serve(SimulatedDevice device, PipeTransport pipe) {
        try {
            device.serve(pipe.deviceEnd().input(), pipe.deviceEnd().output());
        } catch (IOException e) {
            // the host closed or the pipe was unplugged: this connection is over
        } finally {
            pipes.remove(pipe);
        }
    }

    /** The NOT_FOUND failure for an unknown simulator name, listing the known ones. */
    public static TransportException unknown(String name, String known) {
        return new TransportException(TransportException.Reason.NOT_FOUND,
                "no simulator named \"" + name + "\" (known: " + known + ")");
    }
}
