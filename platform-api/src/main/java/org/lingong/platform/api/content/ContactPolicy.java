package org.lingong.platform.api.content;

/** How a worker reaches an employer, set by the platform per region. */
public enum ContactPolicy {
    /** The employer's contact number is shown and printed in full. */
    OPEN,
    /** Workers go through the station: its own phone is shown instead of the employer's. */
    GATED
}
