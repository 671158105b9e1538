package org.lingong.devices.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lingong.devices.idcard.codec.ForeignerPermit2017;
import org.lingong.devices.idcard.codec.ForeignerPermit2023;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.platform.api.workers.IdNumber;
import org.lingong.devices.idcard.codec.ResidentIdCard;
import org.lingong.devices.idcard.codec.ResidentLayoutCard;
import org.lingong.devices.idcard.codec.Validity;
import org.lingong.platform.api.privacy.Masking;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields {@code read-card} shows, in order: {@code cardType, name, gender, nation, birthDate, address,
 * idNumber, idNumberValid, validFrom, validTo}. Dates are ISO ({@code 1978-11-22}); {@code validTo} is a date or
 * {@code 长期}; {@code nation} is the ethnic group of a resident card, the 3-letter nationality of a foreigner's
 * permit, null on a Hong Kong/Macao/Taiwan permit; {@code address} is null where the card has none.
 *
 * <p>Privacy: unless revealed, {@code name} is masked ({@code 巴*例}) and {@code idNumber} too
 * ({@code 150***********4511}); {@code idNumberValid} is computed on the full number either way.
 */
final class CardFields {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CardFields() {
    }

    static Map<String, Object> of(IdCard card, boolean reveal) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("cardType", card.cardType().name());
        f.put("name", reveal ? card.displayName() : Masking.name(card.displayName()));
        f.put("gender", card.gender().chinese());
        f.put("nation", nation(card));
        f.put("birthDate", iso(card.birthDate()));
        f.put("address", address(card, reveal));
        f.put("idNumber", reveal ? card.documentNumber() : Masking.idNumber(card.documentNumber()));
        f.put("idNumberValid", IdNumber.isValid(card.documentNumber()));
        f.put("validFrom", iso(card.validFrom()));
        f.put("validTo", validTo(card.validTo()));
        return f;
    }

    static String json(IdCard card, boolean reveal) {
        return JSON.writeValueAsString(of(card, reveal));
    }

    /** One {@code label: value} line per field, labels padded. */
    static String text(IdCard card, boolean reveal) {
        StringBuilder sb = new StringBuilder();
        of(card, reveal).forEach((key, value) -> sb.append(String.format("  %-14s %s%n", key, value == null ? "-" : value)));
        return sb.toString();
    }

    private static String nation(IdCard card) {
        if (card instanceof ResidentIdCard r) {
            return r.nation().chinese();
        }
        if (card instanceof ForeignerPermit2017 f) {
            return f.nationality();
        }
        if (card instanceof ForeignerPermit2023 f) {
            return f.nationality();
        }
        return null;
    }

    private static String address(IdCard card, boolean reveal) {
        if (!(card instanceof ResidentLayoutCard r)) {
            return null;
        }
        return reveal ? r.address() : Masking.address(r.address());
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String validTo(Validity validity) {
        return validity.date().map(LocalDate::toString).orElse(Validity.LONG_TERM_TEXT);
    }
}
