package org.lingong.devices.testing;

import java.io.IOException;
import java.nio.file.Path;
import org.lingong.devices.sim.PtyBridge;
import org.lingong.devices.sim.SimulatedDevice;
import org.lingong.devices.sim.SimulatorServer;

/**
 * A simulator behind a real serial port: the simulator serves on a local TCP port and socat bridges a
 * pseudo-terminal at {@code link} to it, so jSerialComm talks to the simulator as to a USB serial device.
 * {@link #unplug()} and {@link #replug()} make the pty vanish and come back at the same path.
 */
public final class SimulatorOnPty implements AutoCloseable {

    private final SimulatorServer server;
    private final PtyBridge bridge;

    private SimulatorOnPty(SimulatorServer server, PtyBridge bridge) {
        this.server = server;
        this.bridge = bridge;
    }

    /** Starts {@code device} on a free TCP port and a socat pty at {@code link}; nothing stays running on failure. */
    public static SimulatorOnPty start(SimulatedDevice device, Path link) throws IOException {
        SimulatorServer server = SimulatorServer.start(device, 0);
        try {
            return new SimulatorOnPty(server, PtyBridge.start(link, server.port()));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** The pty's path, for {@code SerialTransport.of(path, baud)}. */
    public String path() {
        return bridge.link().toString();
    }

    public Path link() {
        return bridge.link();
    }

    /** The simulator's TCP side, e.g. for {@code tcp:127.0.0.1:PORT} or {@link SimulatorServer#dropConnections()}. */
    public SimulatorServer server() {
        return server;
    }

    /** Kills socat: the pty disappears, as when a USB serial adapter is pulled. */
    public void unplug() {
        bridge.unplug();
    }

    /** Starts socat again on the same path. */
    public void replug() throws IOException {
        bridge.restart();
    }

    @Override
    public void close() {
        bridge.close();
        server.close();
    }
}
