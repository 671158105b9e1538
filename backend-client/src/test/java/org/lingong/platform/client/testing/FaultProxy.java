package org.lingong.platform.client.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy in front of the platform that injects network and HTTP faults for a given number of
 * requests, then passes traffic again. Faults are taken per request, also on kept-alive connections.
 */
public final class FaultProxy implements AutoCloseable {

    /** What happens to the next requests. */
    public enum Fault {
        /** Forward everything. */
        NONE,
        /** Close the connection as soon as it is accepted (request never reaches the platform). */
        CUT_BEFORE_REQUEST,
        /** Forward the request, then close the connection when the platform starts answering (answer lost). */
        CUT_AFTER_PROCESSING,
        /** Read the request and answer 503 without forwarding it. */
        ANSWER_503,
        /** Forward the request; when the platform answers, replace the answer by a 500 (the platform did the work). */
        ANSWER_500_AFTER_PROCESSING,
        /** Read the request, forward nothing, answer nothing (a stalled line). */
        STALL
    }

    private final int targetPort;
    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger budget = new AtomicInteger();
    private final AtomicInteger injected = new AtomicInteger();
    private volatile Fault fault = Fault.NONE;
    private volatile boolean running = true;

    public FaultProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "fault-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/";
    }

    /** Injects {@code kind} into the next {@code times} requests (on new or kept-alive connections), then passes again. */
    public void inject(Fault kind, int times) {
        budget.set(times);
        fault = kind;
    }

    /** How many faults were injected so far. */
    public int injected() {
        return injected.get();
    }

    private Fault take() {
        Fault current = fault;
        if (current == Fault.NONE) {
            return Fault.NONE;
        }
        if (budget.getAndDecrement() <= 0) {
            fault = Fault.NONE;
            return Fault.NONE;
        }
        injected.incrementAndGet();
        return current;
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket client = server.accept();
                open.add(client);
                Thread handler = new Thread(() -> handle(client), "fault-proxy-conn");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                if (running) {
                    continue;
                }
                return;
            }
        }
    }

    private void handle(Socket client) {
        try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            open.add(upstream);
            ProxiedConnection connection = new ProxiedConnection(client, upstream);
            Thread down = new Thread(connection::platformToClient, "fault-proxy-down");
            down.setDaemon(true);
            down.start();
            connection.clientToPlatform();
        } catch (IOException e) {
            // the client or the platform went away: nothing to do
        } finally {
            open.remove(client);
        }
    }

    /**
     * One client connection and its platform connection. HTTP/1.1 without pipelining: the first bytes
     * the client sends after an answer start a new request, which is when a fault is taken.
     */
    private final class ProxiedConnection {
        private final Socket client;
        private final Socket upstream;
        private volatile boolean awaitingRequest = true;
        private volatile Fault current = Fault.NONE;

        ProxiedConnection(Socket client, Socket upstream) {
            this.client = client;
            this.upstream = upstream;
        }

        void clientToPlatform() throws IOException {
            InputStream in = client.getInputStream();
            OutputStream out = upstream.getOutputStream();
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (awaitingRequest) {
                    awaitingRequest = false;
                    current = take();
                    if (current == Fault.CUT_BEFORE_REQUEST) {
                        return;
                    }
                    if (current == Fault.ANSWER_503) {
                        answerAndClose(in, "HTTP/1.1 503 Service Unavailable");
                        return;
                    }
                }
                if (current == Fault.STALL) {
                    continue;
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        }

        void platformToClient() {
            try {
                InputStream in = upstream.getInputStream();
                OutputStream out = client.getOutputStream();
                byte[] buffer = new byte[16 * 1024];
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (current == Fault.CUT_AFTER_PROCESSING) {
                        closeQuietly(client);
                        return;
                    }
                    if (current == Fault.ANSWER_500_AFTER_PROCESSING) {
                        answer("HTTP/1.1 500 Internal Server Error");
                        return;
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                    awaitingRequest = true;
                }
            } catch (IOException e) {
                // closed
            } finally {
                closeQuietly(client);
            }
        }

        /** Sends a bodyless answer and half-closes; the client closes after reading it. */
        private void answer(String statusLine) throws IOException {
            OutputStream out = client.getOutputStream();
            out.write((statusLine + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            client.shutdownOutput();
        }

        /** Answers with {@code statusLine} and no body, then waits for the client to close (no reset while it reads). */
        private void answerAndClose(InputStream in, String statusLine) throws IOException {
            answer(statusLine);
            client.setSoTimeout(2000);
            try {
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // timed out or reset: the client has read the answer by now
            }
            closeQuietly(client);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        server.close();
        for (Socket socket : open) {
            closeQuietly(socket);
        }
    }
}
