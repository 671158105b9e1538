package org.lingong.kiosk.scan;

/** Which scanner a code came from. */
public enum ScanSource {
    /** A serial (RS-232 / USB-CDC) scanner through the driver. */
    SERIAL_SCANNER,
    /** A USB HID keyboard-wedge scanner, told from typing by the burst detector. */
    KEYBOARD_WEDGE
}
