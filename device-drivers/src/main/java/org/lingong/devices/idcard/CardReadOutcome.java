package org.lingong.devices.idcard;

import org.lingong.devices.idcard.codec.CardDecodeException;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.codec.SamCommand;
import org.lingong.devices.idcard.codec.SamResult;

/** The result of asking the reader for a card: every expected state is a value; broken I/O is an exception. */
public sealed interface CardReadOutcome {

    /** A card was read and decoded. */
    record CardRead(IdCard card) implements CardReadOutcome {
    }

    /** The reader found no card ({@code 80} to find card). */
    record NoCard() implements CardReadOutcome {
    }

    /** The reader answered a step of the read with a failure code, e.g. {@code 81} select or {@code 41} read. */
    record ReadFailed(SamCommand step, SamResult result) implements CardReadOutcome {
    }

    /**
     * The reader delivered card data that does not decode (bad length fields, a field that breaks the
     * layout, a wrong check digit). The message names the field and holds no personal data.
     */
    record InvalidCardData(CardDecodeException error) implements CardReadOutcome {
        @Override
        public String toString() {
            return "InvalidCardData[" + error.getMessage() + "]";
        }
    }
}
