package org.lingong.devices.idcard;

import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.codec.SamResult;

/** What a {@link CardPoller} cycle observed. */
public sealed interface CardEvent {

    /** A card arrived and was read. Emitted once per placement. */
    record CardPlaced(IdCard card) implements CardEvent {
    }

    /** The card that was placed is gone. */
    record CardRemoved() implements CardEvent {
    }

    /** A card is there but could not be read; the poller tries again next cycle. */
    record CardUnreadable(CardReadOutcome outcome) implements CardEvent {
    }

    /** The reader answered find card with something other than found / not found (a SAM problem). */
    record ReaderError(SamResult result) implements CardEvent {
    }
}
