package org.lingong.devices.idcard.codec;

import java.time.Duration;
import java.util.Optional;

/** SAM commands (CMD, PARA) with the host's deadline for the reply (devices.md A.2, A.8). */
public enum SamCommand {
    RESET_SAM(0x10, 0xFF, Duration.ofSeconds(3)),
    SAM_STATUS(0x11, 0xFF, Duration.ofSeconds(1)),
    READ_SAM_ID(0x12, 0xFF, Duration.ofSeconds(1)),
    FIND_CARD(0x20, 0x01, Duration.ofSeconds(1)),
    SELECT_CARD(0x20, 0x02, Duration.ofSeconds(1)),
    READ_TEXT_PHOTO(0x30, 0x01, Duration.ofSeconds(3)),
    READ_APPENDED_ADDRESS(0x30, 0x03, Duration.ofSeconds(1)),
    READ_TEXT_PHOTO_FINGERPRINT(0x30, 0x10, Duration.ofSeconds(4)),
    SET_BAUD_115200(0x60, 0x00, Duration.ofSeconds(1)),
    SET_BAUD_57600(0x60, 0x01, Duration.ofSeconds(1)),
    SET_BAUD_38400(0x60, 0x02, Duration.ofSeconds(1)),
    SET_BAUD_19200(0x60, 0x03, Duration.ofSeconds(1)),
    SET_BAUD_9600(0x60, 0x04, Duration.ofSeconds(1));

    private static final int[] BAUDS = {115200, 57600, 38400, 19200, 9600};

    private final int code;
    private final int parameter;
    private final Duration defaultTimeout;

    SamCommand(int code, int parameter, Duration defaultTimeout) {
        this.code = code;
        this.parameter = parameter;
        this.defaultTimeout = defaultTimeout;
    }

    /** CMD byte, 0..255. */
    public int code() {
        return code;
    }

    /** PARA byte, 0..255. */
    public int parameter() {
        return parameter;
    }

    /** How long a host waits for the reply: find/select 1 s, read 3 s, read with fingerprint 4 s. */
    public Duration defaultTimeout() {
        return defaultTimeout;
    }

    /** The full request frame, e.g. {@code AA AA AA 96 69 00 03 20 01 22}. */
    public byte[] requestBytes() {
        return SamFrame.request(this).toBytes();
    }

    /** The command to switch the reader's UART to {@code baud} (115200, 57600, 38400, 19200 or 9600). */
    public static Optional<SamCommand> setBaud(int baud) {
        for (int i = 0; i < BAUDS.length; i++) {
            if (BAUDS[i] == baud) {
                return Optional.of(values()[SET_BAUD_115200.ordinal() + i]);
            }
        }
        return Optional.empty();
    }

    /** The baud a SET_BAUD command selects, or 0 for other commands. */
    public int baud() {
        return code == 0x60 ? BAUDS[parameter] : 0;
    }

    /** The command with these CMD and PARA bytes, if it is one this codec knows. */
    public static Optional<SamCommand> of(int code, int parameter) {
        for (SamCommand c : values()) {
            if (c.code == code && c.parameter == parameter) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Hex of CMD PARA for messages, e.g. {@code 20 01}. */
    public String hex() {
        return String.format("%02X %02X", code, parameter);
    }
}
