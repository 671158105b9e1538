package org.lingong.devices.transport.spec;

import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportFactory;

/**
 * The hook through which {@code sim:NAME} specs reach the in-process simulators (provided by whoever wires the
 * simulators, e.g. the kiosk app or the CLI).
 */
@FunctionalInterface
public interface SimulatorTransports {

    /** No simulators: every {@code sim:} spec fails with NOT_FOUND when its transport is created. */
    SimulatorTransports NONE = name -> () -> {
        throw new TransportException(TransportException.Reason.NOT_FOUND,
                "no simulator named \"" + name + "\" is running in this process");
    };

    TransportFactory forSimulator(String name);
}
