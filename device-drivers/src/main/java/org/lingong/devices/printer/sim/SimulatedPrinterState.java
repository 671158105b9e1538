package org.lingong.devices.printer.sim;

/**
 * The state the simulated printer reports. Reply bytes follow devices.md C.5; every reply has the
 * fixed pattern {@code 0xx1xx10}.
 *
 * <pre>
 * state           EOT1 EOT2 EOT3 EOT4
 * ONLINE           12   12   12   12
 * PAPER_NEAR_END   12   12   12   1E   (bits 2,3 near end)
 * PAPER_OUT        1A   32   12   72   (offline, paper-end stop, paper end bits 5,6)
 * COVER_OPEN       1A   16   12   12   (offline, cover open)
 * OFFLINE          1A   12   12   12   (offline, no cause reported)
 * ERROR            1A   52   1A   12   (offline, error occurred; autocutter error)
 * SILENT           no reply at all
 * GARBLED          41   41   41   41   (breaks the fixed pattern: a confused or wrong device)
 * </pre>
 */
public enum SimulatedPrinterState {
    ONLINE(0x12, 0x12, 0x12, 0x12),
    PAPER_NEAR_END(0x12, 0x12, 0x12, 0x1E),
    PAPER_OUT(0x1A, 0x32, 0x12, 0x72),
    COVER_OPEN(0x1A, 0x16, 0x12, 0x12),
    OFFLINE(0x1A, 0x12, 0x12, 0x12),
    ERROR(0x1A, 0x52, 0x1A, 0x12),
    SILENT(-1, -1, -1, -1),
    GARBLED(0x41, 0x41, 0x41, 0x41);

    private final int[] replies;

    SimulatedPrinterState(int... replies) {
        this.replies = replies;
    }

    /** The reply byte to {@code DLE EOT n} (n = 1..4), or -1 for no reply. */
    public int replyTo(int n) {
        return replies[n - 1];
    }

    /**
     * The 4-byte Automatic Status Back block for this state, or {@code null} when silent.
     * Byte 1 {@code 0xx1xx00} (bit3 offline, bit5 cover), byte 2 error causes, byte 3 paper sensors.
     */
    public byte[] asbBlock() {
        if (this == SILENT || this == GARBLED) {
            return null;
        }
        int first = 0x10 | (replyTo(1) & 0x08) | (this == COVER_OPEN ? 0x20 : 0);
        int second = replyTo(3) & 0x6C;
        int third = (this == PAPER_NEAR_END ? 0x03 : 0) | (this == PAPER_OUT ? 0x0C : 0);
        return new byte[] {(byte) first, (byte) second, (byte) third, 0};
    }
}
