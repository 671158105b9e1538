package org.lingong.devices.transport;

/**
 * Creates a new, unopened {@link Transport} each time it is called. A reconnect always asks for a new one:
 * jSerialComm cannot reuse a port object after an unplug.
 */
@FunctionalInterface
public interface TransportFactory {
    Transport create() throws TransportException;
}
