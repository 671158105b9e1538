package org.lingong.platform.server.seed;

/** Lifecycle of a posted job. */
public enum JobStatus {
    /** Accepting applicants. */
    OPEN,
    /** Headcount reached; work may still be going on. */
    FILLED,
    /** Work has ended. */
    CLOSED
}
