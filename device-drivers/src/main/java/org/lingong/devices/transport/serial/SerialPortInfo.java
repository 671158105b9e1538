package org.lingong.devices.transport.serial;

import java.util.OptionalInt;

/**
 * One serial port as the technician CLI lists it.
 *
 * @param path         the path to configure: a system path such as {@code /dev/ttyUSB0}, or a stable symlink
 * @param resolvedPath the device node the path points to (equal to {@code path} for system ports)
 * @param description  what the OS or USB descriptor says about it, or {@code "symlink"}
 * @param vendorId     USB vendor id when known
 * @param productId    USB product id when known
 * @param kind         how the port was found
 */
public record SerialPortInfo(String path, String resolvedPath, String description, OptionalInt vendorId,
                             OptionalInt productId, Kind kind) {

    /** How a port was found. */
    public enum Kind {
        /** Enumerated by jSerialComm ({@code SerialPort.getCommPorts()}); pseudo-terminals are not listed. */
        SYSTEM,
        /** A symlink under a well-known directory such as {@code /dev/serial/by-id} or {@code /dev/kiosk}. */
        SYMLINK
    }

    /** {@code 1a86:7523}-style USB id, or empty text when unknown. */
    public String usbId() {
        if (vendorId.isEmpty() || productId.isEmpty()) {
            return "";
        }
        return String.format("%04x:%04x", vendorId.getAsInt(), productId.getAsInt());
    }
}
