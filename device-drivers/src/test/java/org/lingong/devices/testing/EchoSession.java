package org.lingong.devices.testing;

import java.nio.charset.StandardCharsets;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.Transports;

/** A protocol session for {@link EchoDevice}: sends text and reads it back. */
public final class EchoSession {

    private final Transport transport;

    public EchoSession(Transport transport) {
        this.transport = transport;
    }

    public String echo(String text) throws TransportException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        transport.write(bytes);
        byte[] back = new byte[bytes.length];
        Transports.readFully(transport, back, 0, back.length, Deadline.inMillis(5_000));
        return new String(back, StandardCharsets.UTF_8);
    }

    public Transport transport() {
        return transport;
    }
}
