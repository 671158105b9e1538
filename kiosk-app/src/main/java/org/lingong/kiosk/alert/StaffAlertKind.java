package org.lingong.kiosk.alert;

/** What a staff alert is about. */
public enum StaffAlertKind {
    /** A referral slip could not be printed; the worker got it as an on-screen QR and it waits for a reprint. */
    SLIP_NOT_PRINTED,
    /** The receipt printer needs attention (paper out, cover open, offline). */
    PRINTER,
    /** Another device needs attention. */
    DEVICE,
    /** Events wait in the outbox and cannot be delivered without staff action (parked). */
    OUTBOX
}
