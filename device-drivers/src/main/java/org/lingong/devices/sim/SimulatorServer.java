package org.lingong.devices.sim;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a {@link SimulatedDevice} on a loopback TCP port, one connection at a time per client,
 * each on its own daemon thread. {@link #dropConnections()} cuts every open connection (the host
 * sees an unplug) while the server keeps listening for the next one.
 */
public final class SimulatorServer implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(SimulatorServer.class);

    private final SimulatedDevice device;
    private final ServerSocket serverSocket;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final Thread acceptThread;

    private SimulatorServer(SimulatedDevice device, ServerSocket serverSocket) {
        this.device = device;
        this.serverSocket = serverSocket;
        this.acceptThread = new Thread(this::acceptLoop, "sim-" + device.name() + "-accept");
        this.acceptThread.setDaemon(true);
    }

    /** Starts serving on 127.0.0.1; {@code port} 0 picks a free port. */
    public static SimulatorServer start(SimulatedDevice device, int port) throws IOException {
        ServerSocket ss = new ServerSocket();
        try {
            ss.setReuseAddress(true);
            ss.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            ss.close();
            throw e;
        }
        SimulatorServer server = new SimulatorServer(device, ss);
        server.acceptThread.start();
        log.info("{} simulator listening on 127.0.0.1:{}", device.name(), server.port());
        return server;
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** Closes every open connection; new connections are still accepted. */
    public void dropConnections() {
        for (Socket s : connections) {
            closeQuietly(s);
        }
    }

    @Override
    public void close() {
        closeQuietly(serverSocket);
        dropConnections();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket s = serverSocket.accept();
                s.setTcpNoDelay(true);
                connections.add(s);
                Thread t = new Thread(() -> serveOne(s), "sim-" + device.name() + "-conn");
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                if (!serverSocket.isClosed()) {
                    log.warn("{} simulator accept failed: {}", device.name(), e.getMessage());
                }
            }
        }
    }

    private void serveOne(Socket s) {
        try (s) {
            device.serve(s.getInputStream(), s.getOutputStream());
        } catch (IOException e) {
            log.debug("{} simulator connection ended: {}", device.name(), e.getMessage());
        } finally {
            connections.remove(s);
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // shutting down
        }
    }
}
