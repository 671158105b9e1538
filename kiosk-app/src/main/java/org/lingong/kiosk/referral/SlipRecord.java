package org.lingong.kiosk.referral;

import java.time.Instant;
import java.util.Objects;

/**
 * One issued referral slip as staff see it in the reprint list: masked data only.
 *
 * @param slipNumber      the number printed on the slip
 * @param maskedWorker    the worker's masked name
 * @param printedAt       when it last came out of the printer, or {@code null} if it never did
 */
public record SlipRecord(String slipNumber, String jobTitle, String maskedWorker, Instant issuedAt,
        Instant expiresAt, Instant printedAt, int printCount) {

    public SlipRecord {
        Objects.requireNonNull(slipNumber, "slipNumber");
        Objects.requireNonNull(jobTitle, "jobTitle");
        Objects.requireNonNull(maskedWorker, "maskedWorker");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean everPrinted() {
        return printedAt != null;
    }
}
