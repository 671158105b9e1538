package org.lingong.devices.idcard.sim;

/** A fault the {@link IdCardReaderSimulator} injects into one reply. */
public enum Fault {
    /** Answer as if no card were there: find {@code 80}, select {@code 81}, read {@code 41}. */
    NO_CARD,
    /** Send the reply with a wrong checksum byte. */
    BAD_CHECKSUM,
    /** Send only the first half of the reply and nothing more (the connection stays up). */
    TRUNCATED_FRAME,
    /** Send noise bytes before the reply. */
    GARBAGE,
    /** Pace the reply at the simulator's pacing baud (10 bits per byte), as a real UART would. */
    SLOW,
    /** Send half of the reply, then hang up (close the connection: the host sees an unplug). */
    UNPLUG_MID_FRAME
}
