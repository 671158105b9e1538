package org.lingong.kiosk.alert;

import java.time.Instant;
import java.util.Objects;

/**
 * Something station staff must see and act on (the admin screen lists them). No personal data: the detail names
 * slips by number and devices by kind.
 *
 * @param messageKey i18n key of the sentence staff read, e.g. {@code alert.slipNotPrinted}
 * @param detail     a short non-personal detail (slip number, printer state), may be empty
 */
public record StaffAlert(long id, Instant raisedAt, StaffAlertKind kind, String messageKey, String detail) {

    public StaffAlert {
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageKey, "messageKey");
        detail = detail == null ? "" : detail;
    }
}
