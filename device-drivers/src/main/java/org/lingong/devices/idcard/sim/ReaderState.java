package org.lingong.devices.idcard.sim;

import java.util.List;
import java.util.Optional;
import org.lingong.devices.idcard.codec.IdCard;

/**
 * The card lying on a simulated reader: which card, its appended addresses, its serial, and
 * whether it was read since it was placed. Thread-safe (test thread places, server thread answers).
 */
final class ReaderState {

    /** A card on the reader. {@link #toString()} shows the masked card and counts only (no addresses). */
    record Placed(IdCard card, List<String> appendedAddresses, byte[] serial) {
        @Override
        public String toString() {
            return "Placed[" + card + ", " + appendedAddresses.size() + " appended addresses, serial "
                    + serial.length + " bytes]";
        }
    }

    private Placed placed;
    private boolean readSincePlaced;
    private int placements;

    synchronized void place(IdCard card, List<String> appendedAddresses) {
        placements++;
        byte[] serial = new byte[8];
        for (int i = 0; i < 4; i++) {
            serial[7 - i] = (byte) (placements >>> (8 * i));
        }
        serial[0] = 0x5A;
        placed = new Placed(card, List.copyOf(appendedAddresses), serial);
        readSincePlaced = false;
    }

    synchronized void remove() {
        placed = null;
        readSincePlaced = false;
    }

    synchronized Optional<Placed> placed() {
        return Optional.ofNullable(placed);
    }

    synchronized boolean readSincePlaced() {
        return readSincePlaced;
    }

    synchronized void markRead() {
        if (placed != null) {
            readSincePlaced = true;
        }
    }
}
