package org.lingong.platform.client.outbox;

/**
 * What one flush did.
 *
 * @param delivered events the platform now holds (accepted now or earlier)
 * @param parked    events refused for good and parked
 * @param retrying  events refused for a passing reason (kept in the queue)
 * @param stop      why the flush ended
 * @param detail    the failure that ended it, without personal data; null when drained
 */
public record DispatchReport(int delivered, int parked, int retrying, Stop stop, String detail) {

    /** Why a flush ended. */
    public enum Stop {
        /** Nothing deliverable is left. */
        DRAINED,
        /** The platform could not be reached or answered 5xx/timeout; retry later. */
        UNAVAILABLE,
        /** The platform answered but nothing moved (e.g. every event refused for a passing reason). */
        NO_PROGRESS,
        /** The platform refused the terminal's signature (revoked, unknown terminal, clock far off). */
        UNAUTHORIZED
    }
}
