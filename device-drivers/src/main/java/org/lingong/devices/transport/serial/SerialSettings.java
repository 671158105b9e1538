package org.lingong.devices.transport.serial;

import java.util.Objects;

/**
 * How to open one serial port: the path and the line parameters.
 *
 * <p>{@code path} is any tty path the OS accepts, including {@code /dev/pts/N} and symlinks such as
 * {@code /dev/serial/by-id/...} or {@code /dev/kiosk/scanner}. On a pseudo-terminal the baud rate, parity and
 * flow control are accepted and ignored by the kernel.
 *
 * @param path      absolute device path
 * @param baud      bits per second, {@value #MIN_BAUD}..{@value #MAX_BAUD}
 * @param dataBits  5..8
 * @param parity    parity bit
 * @param stopBits  stop bits
 * @param flowControl flow control
 */
public record SerialSettings(String path, int baud, int dataBits, Parity parity, StopBits stopBits,
                             FlowControl flowControl) {

    public static final int MIN_BAUD = 50;
    public static final int MAX_BAUD = 4_000_000;
    /** Baud used when a spec names only a path: the common factory setting of barcode scanners and printers. */
    public static final int DEFAULT_BAUD = 9600;

    /** Parity bit. */
    public enum Parity { NONE, ODD, EVEN, MARK, SPACE }

    /** Number of stop bits. */
    public enum StopBits { ONE, ONE_POINT_FIVE, TWO }

    /** Flow control. Leave NONE on pseudo-terminals: modem lines do not exist there. */
    public enum FlowControl { NONE, RTS_CTS, DSR_DTR, XON_XOFF }

    public SerialSettings {
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(stopBits, "stopBits");
        Objects.requireNonNull(flowControl, "flowControl");
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("serial port path is empty");
        }
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("serial port path \"" + path + "\" must be absolute, e.g. /dev/ttyUSB0");
        }
        if (baud < MIN_BAUD || baud > MAX_BAUD) {
            throw new IllegalArgumentException("baud " + baud + " for " + path + " is outside "
                    + MIN_BAUD + ".." + MAX_BAUD);
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("data bits " + dataBits + " for " + path + " must be 5, 6, 7 or 8");
        }
    }

    /** 8 data bits, no parity, one stop bit, no flow control. */
    public static SerialSettings of(String path, int baud) {
        return new SerialSettings(path, baud, 8, Parity.NONE, StopBits.ONE, FlowControl.NONE);
    }

    public SerialSettings withBaud(int newBaud) {
        return new SerialSettings(path, newBaud, dataBits, parity, stopBits, flowControl);
    }

    public SerialSettings withFlowControl(FlowControl newFlowControl) {
        return new SerialSettings(path, baud, dataBits, parity, stopBits, newFlowControl);
    }

    /** The frame format in the usual short form, e.g. {@code 8N1}, {@code 7E2}, {@code 8N1.5}. */
    public String frameFormat() {
        String stop = switch (stopBits) {
            case ONE -> "1";
            case ONE_POINT_FIVE -> "1.5";
            case TWO -> "2";
        };
        return dataBits + parity.name().substring(0, 1) + stop;
    }

    /** The canonical spec text, e.g. {@code serial:/dev/ttyUSB0@115200} (frame format and flow only if not 8N1/none). */
    public String describe() {
        StringBuilder sb = new StringBuilder("serial:").append(path).append('@').append(baud);
        if (!"8N1".equals(frameFormat())) {
            sb.append(',').append(frameFormat());
        }
        if (flowControl != FlowControl.NONE) {
            sb.append(',').append(flowControl.name().toLowerCase(java.util.Locale.ROOT).replace("_", ""));
        }
        return sb.toString();
    }
}
