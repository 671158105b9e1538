package org.lingong.devices.lifecycle;

import org.lingong.devices.transport.TransportException;

/**
 * Work on a device's protocol session. Runs on the device's owner thread, the only thread that touches the
 * transport; it may block on I/O but should bound every wait with a deadline.
 *
 * @param <S> the protocol session type
 * @param <R> the result type
 */
@FunctionalInterface
public interface DeviceOperation<S, R> {
    R apply(S session) throws TransportException;
}
