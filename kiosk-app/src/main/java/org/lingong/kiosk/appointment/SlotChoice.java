package org.lingong.kiosk.appointment;

import java.time.Instant;

/** A slot offered on screen: its start, the seats left as this kiosk knows it, and whether that is the last known. */
public record SlotChoice(Instant startsAt, int free, boolean lastKnown) {

    public boolean full() {
        return free <= 0;
    }
}
