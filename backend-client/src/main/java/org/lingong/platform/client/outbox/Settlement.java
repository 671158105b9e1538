package org.lingong.platform.client.outbox;

/**
 * What to do with one sent event after the platform answered.
 *
 * @param kind   delivered (accepted or duplicate), parked, or keep pending and count an attempt
 * @param outcome platform outcome name for delivered events
 */
record Settlement(long seq, Kind kind, String outcome, String reason, String detail) {

    enum Kind { DELIVERED, PARKED, RETRY }

    static Settlement delivered(long seq, String outcome) {
        return new Settlement(seq, Kind.DELIVERED, outcome, null, null);
    }

    static Settlement parked(long seq, String reason, String detail) {
        return new Settlement(seq, Kind.PARKED, null, reason, detail);
    }

    static Settlement retry(long seq, String reason, String detail) {
        return new Settlement(seq, Kind.RETRY, null, reason, detail);
    }
}
