package org.lingong.devices.idcard;

import org.lingong.devices.transport.Transport;

/** Test-source access to the package-private jSerialComm test adapter (for the benchmark harness). */
public final class TestTransports {

    private TestTransports() {
    }

    /** An unopened jSerialComm transport on {@code path}. */
    public static Transport jSerialComm(String path, int baud) {
        return new JSerialCommTestTransport(path, baud);
    }
}
