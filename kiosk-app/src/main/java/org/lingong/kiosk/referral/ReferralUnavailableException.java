package org.lingong.kiosk.referral;

/** The kiosk cannot issue referral slips now: no platform link is configured, or the terminal is not enrolled. */
public final class ReferralUnavailableException extends Exception {

    public ReferralUnavailableException(String message) {
        super(message);
    }
}
