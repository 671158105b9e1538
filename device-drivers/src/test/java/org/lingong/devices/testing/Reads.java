package org.lingong.devices.testing;

import java.io.ByteArrayOutputStream;
import org.lingong.devices.transport.Deadline;
import org.lingong.devices.transport.Transport;
import org.lingong.devices.transport.TransportException;

/** Test helper: collect bytes from a transport. */
public final class Reads {

    private Reads() {
    }

    /** Reads until {@code count} bytes arrived or the deadline passed; returns what arrived. */
    public static byte[] collect(Transport transport, int count, Deadline deadline) throws TransportException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[256];
        while (got.size() < count) {
            int n = transport.read(buf, 0, Math.min(buf.length, count - got.size()), deadline);
            if (n == 0) {
                break;
            }
            got.write(buf, 0, n);
        }
        return got.toByteArray();
    }
}
