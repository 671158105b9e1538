package org.lingong.devices.idcard.sim;

/** How a simulated reader answers find card for a card that stays on it after being read. */
public enum FindAfterRead {
    /** Find keeps succeeding ({@code 9F}) while the card lies there. */
    KEEPS_FINDING,
    /** Find fails ({@code 80}) until the card is lifted and placed again; select still succeeds. */
    STOPS_FINDING_UNTIL_LIFTED
}
