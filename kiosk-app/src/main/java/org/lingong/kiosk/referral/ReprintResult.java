package org.lingong.kiosk.referral;

/** What became of a staff reprint. */
public enum ReprintResult {
    PRINTED,
    /** The printer is not ready (paper out, cover open, offline); the slip stays in the list. */
    PRINTER_NOT_READY,
    /** No slip with that number is kept (any more). */
    UNKNOWN_SLIP
}
