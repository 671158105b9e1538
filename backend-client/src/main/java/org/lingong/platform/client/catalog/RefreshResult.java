package org.lingong.platform.client.catalog;

/**
 * What a catalog refresh did. Pages applied before a failure stay applied (with their cursor).
 *
 * @param changed jobs added or updated
 * @param removed jobs removed by tombstones
 * @param detail  why it failed, without personal data; null on success
 */
public record RefreshResult(Outcome outcome, int changed, int removed, String detail) {

    /** How a refresh ended. */
    public enum Outcome {
        /** The catalog now matches the platform. */
        COMPLETE,
        /** The platform could not be reached or failed; the catalog keeps working offline. */
        UNAVAILABLE,
        /** The platform refused the request (e.g. the terminal was revoked). */
        REJECTED
    }
}
