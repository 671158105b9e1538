package org.lingong.kiosk.policy;

/** What the policy list shows. */
public enum PolicyListState {
    LOADING,
    /** Pages matching the letters (all of them without letters). */
    SHOWN,
    /** Letters typed, nothing matches. */
    NO_MATCH,
    /** The station has no policy pages. */
    EMPTY,
    /** The pages could not be read. */
    FAILED
}
