package org.lingong.kiosk.referral;

import java.util.List;
import java.util.Optional;

/**
 * Port for the staff screen: the recently issued slips and reprinting one. Implemented by the referral feature
 * over its local slip archive. Blocking (disk, printer): call through the task executor, never on the JavaFX thread.
 */
public interface SlipReprints {

    /** Newest first, at most {@code limit}. */
    List<SlipRecord> recent(int limit);

    ReprintResult reprint(String slipNumber) throws Exception;

    /** The kept slip with this number, for the A4 page; empty if none is kept. */
    default Optional<org.lingong.devices.printer.ReferralSlip> slip(String slipNumber) throws Exception {
        return Optional.empty();
    }

    /** The number of the kept slip whose QR holds {@code qrToken}; empty if none is kept. */
    default Optional<String> numberOf(String qrToken) {
        return Optional.empty();
    }
}
