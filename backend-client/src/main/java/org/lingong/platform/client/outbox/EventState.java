package org.lingong.platform.client.outbox;

/** Where an event is in the outbox. */
public enum EventState {
    /** Waiting for delivery. */
    PENDING,
    /** The platform holds it (accepted now or earlier); kept until the retention period ends. */
    DELIVERED,
    /** Refused by the platform; waits for staff. */
    PARKED
}
