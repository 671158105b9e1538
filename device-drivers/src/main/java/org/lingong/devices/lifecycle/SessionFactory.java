package org.lingong.devices.lifecycle;

import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;

/**
 * Turns a freshly opened {@link Transport} into a protocol session, on the owner thread. It may talk to the
 * device first (a handshake, a baud probe); a failure here counts as a failed connect and is retried with backoff.
 * If the session is {@link AutoCloseable} it is closed before its transport when the link is dropped.
 *
 * @param <S> the protocol session type
 */
@FunctionalInterface
public interface SessionFactory<S> {
    S open(Transport transport) throws TransportException;
}
