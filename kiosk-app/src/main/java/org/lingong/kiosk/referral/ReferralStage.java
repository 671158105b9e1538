package org.lingong.kiosk.referral;

/** Where the referral screen is. */
public enum ReferralStage {
    /** No job chosen (after a wipe). */
    NONE,
    /** The job and the worker are shown; 确认报名 / 返回. */
    CONFIRM,
    /** Issuing, queuing and printing. */
    ISSUING,
    /** The slip came out: 请取走推荐单. */
    PRINTED,
    /** The worker already holds a valid slip for this job: "您已经报过名", the slip, 补打. */
    ALREADY_ISSUED,
    /** The slip was issued but not printed: its QR is on screen and staff were alerted. */
    NOT_PRINTED,
    /** Nothing was issued (disk or key trouble): a calm message. */
    FAILED,
    /** The platform refused an earlier event of this worker (parked): no slip, the worker is asked to see staff. */
    REFUSED,
    /** This kiosk cannot issue slips (no platform link, or not enrolled yet): a calm message. */
    UNAVAILABLE
}
