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
    OUTBOX,
    /** Someone at the kiosk pressed 呼叫工作人员; acknowledging it tells them staff are coming. */
    STAFF_CALL,
    /** A worker rated the service 不满意 or 非常不满意 (好差评). */
    LOW_RATING
}
