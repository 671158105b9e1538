package org.lingong.devices.printer.codec;

/** The error cause bits of DLE EOT 3 (and ASB byte 2). */
public enum PrinterErrorCause {
    /** Bit 2: mechanical error (or black-mark error, depending on the model). */
    MECHANICAL,
    /** Bit 3: autocutter error. */
    AUTOCUTTER,
    /** Bit 5: unrecoverable error. */
    UNRECOVERABLE,
    /** Bit 6: automatically recoverable error, e.g. head overheat. */
    AUTO_RECOVERABLE
}
