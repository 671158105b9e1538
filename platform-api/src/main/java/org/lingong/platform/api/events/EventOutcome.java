package org.lingong.platform.api.events;

/** What became of one event of a batch. */
public enum EventOutcome {
    /** Applied now. */
    ACCEPTED,
    /** Applied earlier (same event id from the same terminal); nothing changed now. */
    DUPLICATE,
    /** Not applied, nothing of it written; see the problem. Resending it unchanged will be rejected again. */
    REJECTED
}
