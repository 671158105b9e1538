package org.lingong.kiosk.content;

/** Where this session's sign-up for one item stands. */
public enum SignUpState {
    /** Not asked for. */
    NONE,
    SENDING,
    /** Recorded with the identified worker's reference: staff can contact them. */
    SIGNED_UP,
    /** Recorded without a worker: counted, but nobody can contact them. */
    SIGNED_UP_ANONYMOUSLY,
    /** Could not be recorded; asking again tries again. */
    FAILED,
    /** Not recorded: the platform refused an earlier record of this worker, staff must see to it first. */
    REFUSED
}
