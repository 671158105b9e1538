package org.lingong.platform.client.enrollment;

/** Enrollment did not succeed; {@link #reason()} says what the technician should do. */
public final class EnrollmentException extends Exception {

    /** Why enrollment failed. */
    public enum Reason {
        /** The one-time code is unknown, used, expired or for another station: ask for a new code. */
        WRONG_CODE,
        /** The platform knows no station with this code: check the station code. */
        UNKNOWN_STATION,
        /** The platform could not be reached (network, timeout, 5xx): check the URL and the line, try again. */
        PLATFORM_UNREACHABLE,
        /** The platform refused for another reason (see the message). */
        REFUSED,
        /** The key could not be stored in the data directory. */
        STORAGE
    }

    private final Reason reason;

    public EnrollmentException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
