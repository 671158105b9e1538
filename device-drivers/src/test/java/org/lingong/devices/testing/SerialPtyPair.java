package org.lingong.devices.testing;

import java.nio.file.Path;
import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.serial.SerialTransport;

/**
 * Two open jSerialComm ports on the two ends of a {@link SocatPair}: what the {@code host} writes the
 * {@code device} reads, and back. {@link #unplug()} kills socat, so both ports see their device vanish.
 */
public final class SerialPtyPair implements AutoCloseable {

    private final SocatPair pair;
    private final SerialTransport host;
    private final SerialTransport device;

    private SerialPtyPair(SocatPair pair, SerialTransport host, SerialTransport device) {
        this.pair = pair;
        this.host = host;
        this.device = device;
    }

    /** Starts socat with its links in {@code dir} and opens the host end and the device end at the given rates. */
    public static SerialPtyPair open(Path dir, int hostBaud, int deviceBaud) throws Exception {
        SocatPair pair = SocatPair.start(dir);
        SerialTransport host = null;
        try {
            host = SerialTransport.open(pair.a().toString(), hostBaud);
            return new SerialPtyPair(pair, host, SerialTransport.open(pair.b().toString(), deviceBaud));
        } catch (TransportException | RuntimeException e) {
            if (host != null) {
                host.close();
            }
            pair.close();
            throw e;
        }
    }

    public SerialTransport host() {
        return host;
    }

    public SerialTransport device() {
        return device;
    }

    public SocatPair socat() {
        return pair;
    }

    @Override
    public void close() {
        host.close();
        device.close();
        pair.close();
    }
}
