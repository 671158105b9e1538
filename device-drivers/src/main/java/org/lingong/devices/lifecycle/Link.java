package org.lingong.devices.lifecycle;

import org.lingong.devices.transport.DisconnectNotifier;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The current transport and protocol session of a device. Confined to the owner thread. */
final class Link<S> {

    private static final Logger log = LoggerFactory.getLogger(Link.class);

    private final TransportFactory transports;
    private final SessionFactory<S> sessions;
    private Transport transport;
    private S session;

    Link(TransportFactory transports, SessionFactory<S> sessions) {
        this.transports = transports;
        this.sessions = sessions;
    }

    /**
     * Creates a new transport, opens it and builds a session on it; on failure nothing stays open. If the transport
     * is a {@link DisconnectNotifier}, {@code onUnplug} runs (on the transport's thread) when it notices an unplug.
     */
    void connect(Runnable onUnplug) throws TransportException {
        drop();
        Transport fresh = transports.create();
        if (fresh instanceof DisconnectNotifier notifier) {
            notifier.onDisconnect(onUnplug);
        }
        try {
            fresh.open();
            session = sessions.open(fresh);
            transport = fresh;
        } catch (TransportException | RuntimeException e) {
            fresh.close();
            session = null;
            throw e;
        }
    }

    S session() {
        return session;
    }

    boolean isConnected() {
        return transport != null && transport.isConnected();
    }

    String describe() {
        return transport == null ? "(no transport)" : transport.describe();
    }

    /** Closes the session (if closeable) and the transport. Idempotent. */
    void drop() {
        if (session instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                log.debug("closing session on {} failed: {}", describe(), e.getMessage());
            }
        }
        session = null;
        if (transport != null) {
            transport.close();
            transport = null;
        }
    }
}
