package org.lingong.kiosk.scan;

import java.util.Objects;

/**
 * One scanned code.
 *
 * <p>Privacy: a code may be a personal token (a worker's QR), so {@link #toString()} shows only its length, its
 * source and whether it looks like a Lingong referral token.
 *
 * @param text the scanned text, not blank
 */
public record Scan(String text, ScanSource source) {

    /** What a referral slip's QR holds: a signed token starting with this prefix. */
    public static final String REFERRAL_TOKEN_PREFIX = "LG1.";

    public Scan {
        Objects.requireNonNull(source, "source");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a scan needs text");
        }
    }

    public boolean isReferralToken() {
        return text.startsWith(REFERRAL_TOKEN_PREFIX);
    }

    @Override
    public String toString() {
        return "Scan[" + text.length() + " chars, " + source + (isReferralToken() ? ", referral token" : "") + "]";
    }
}
