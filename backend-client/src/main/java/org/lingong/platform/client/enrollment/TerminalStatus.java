package org.lingong.platform.client.enrollment;

/** What the platform says about an enrolled terminal. */
public enum TerminalStatus {
    /** Signed requests are accepted. */
    ACTIVE,
    /** The terminal was revoked: enroll again with a new code. */
    REVOKED,
    /** The kiosk has no identity yet. */
    NOT_ENROLLED,
    /** The platform does not know this terminal (e.g. another platform, or a reset platform). */
    UNKNOWN,
    /** The platform could not be reached. */
    UNREACHABLE,
    /** Signed requests are refused for another reason, e.g. the kiosk's clock is far off. */
    REFUSED
}
