package org.lingong.devices.transport.serial;

import org.lingong.devices.transport.TransportException;
import org.lingong.devices.transport.TransportException.Reason;

/**
 * Turns jSerialComm's {@code openPort() == false} plus {@code getLastErrorCode()} (a POSIX errno) into a
 * {@link TransportException} that tells a technician what to do.
 *
 * <p>jSerialComm leaves stale codes behind (a successful open on a pty leaves ENOTTY), so the code is only
 * consulted after a failed open. It also reports ENOENT for a port that this JVM already holds open,
 * which is why existence of the path is decided by the caller and passed in.
 */
final class OpenFailure {

    static final int EPERM = 1;
    static final int ENOENT = 2;
    static final int EIO = 5;
    static final int EAGAIN = 11;
    static final int EACCES = 13;
    static final int EBUSY = 16;
    static final int ENOTTY = 25;

    private OpenFailure() {
    }

    static TransportException explain(String path, boolean pathExists, int errno, int location) {
        if (!pathExists) {
            return new TransportException(Reason.NOT_FOUND, "serial port " + path
                    + " does not exist (unplugged, or wrong path; stable names live in /dev/serial/by-id)");
        }
        String where = " [errno " + errno + " at " + location + "]";
        return switch (errno) {
            case EACCES, EPERM -> new TransportException(Reason.UNAVAILABLE, "permission denied on " + path
                    + ": add the kiosk user to group dialout (usermod -aG dialout USER, then log in again)" + where);
            case EBUSY, EAGAIN -> new TransportException(Reason.UNAVAILABLE, path
                    + " is locked: another program (or a second driver in this one) has it open" + where);
            case ENOENT -> new TransportException(Reason.UNAVAILABLE, path
                    + " exists but could not be opened: it is most likely already open in this process" + where);
            case ENOTTY -> new TransportException(Reason.UNAVAILABLE, path + " is not a serial device (not a tty)" + where);
            case EIO -> new TransportException(Reason.UNAVAILABLE, path + " reported an I/O error while opening: the"
                    + " device may be unplugging or its other end (socat) is gone" + where);
            default -> new TransportException(Reason.UNAVAILABLE, "cannot open " + path + where);
        };
    }
}
