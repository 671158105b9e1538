package org.lingong.devices.transport;

/** Helpers that build length-driven reads on top of {@link Transport#read}. */
public final class Transports {

    private Transports() {
    }

    /**
     * Reads exactly {@code len} bytes or throws TIMEOUT (keeping what was read in {@code buf}).
     *
     * @return {@code len}
     */
    public static int readFully(Transport transport, byte[] buf, int off, int len, Deadline deadline)
            throws TransportException {
        int done = 0;
        while (done < len) {
            int n = transport.read(buf, off + done, len - done, deadline);
            if (n == 0) {
                throw new TransportException(TransportException.Reason.TIMEOUT,
                        "timed out after " + done + " of " + len + " bytes from " + transport.describe());
            }
            done += n;
        }
        return len;
    }

    /** Reads one byte, or returns -1 if the deadline passes first. */
    public static int readByte(Transport transport, Deadline deadline) throws TransportException {
        byte[] one = new byte[1];
        return transport.read(one, 0, 1, deadline) == 0 ? -1 : one[0] & 0xFF;
    }
}
