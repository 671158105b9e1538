package org.lingong.devices.printer.codec;

/** One observable printer condition; a status is a set of these. */
public enum PrinterCondition {
    /** DLE EOT 1 bit 3 clear: the printer accepts data. */
    ONLINE(false),
    /** DLE EOT 4 bits 2/3: the roll is nearly used up; printing still works. */
    PAPER_NEAR_END(false),
    /** DLE EOT 2 bit 5 (paper-end stop) or DLE EOT 4 bits 5/6. */
    PAPER_OUT(true),
    /** DLE EOT 2 bit 2. */
    COVER_OPEN(true),
    /** DLE EOT 1 bit 3 set, for any reason. */
    OFFLINE(true),
    /** DLE EOT 2 bit 6; the cause is in DLE EOT 3 ({@link PrinterErrorCause}). */
    ERROR(true),
    /** DLE EOT 2 bit 3: paper is being fed by the FEED button. */
    FEED_BUTTON(false),
    /** The printer did not answer a status request in time. */
    NO_REPLY(true);

    private final boolean blocking;

    PrinterCondition(boolean blocking) {
        this.blocking = blocking;
    }

    /** Whether a job must not be sent while this condition holds. */
    public boolean blocksPrinting() {
        return blocking;
    }
}
