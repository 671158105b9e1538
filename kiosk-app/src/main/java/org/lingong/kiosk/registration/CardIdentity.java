package org.lingong.kiosk.registration;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.lingong.devices.idcard.codec.Gender;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.codec.ResidentIdCard;
import org.lingong.platform.api.privacy.Masking;

/**
 * The part of an ID card registration keeps: name, document number, gender, nation (resident
 * cards only) and birth date. Personal data: {@link #toString()} masks name and number.
 *
 * @param nation the nation's Chinese name (e.g. {@code 汉}), or {@code null} for permits that carry none
 */
public record CardIdentity(String name, String documentNumber, Gender gender, @Nullable String nation,
        LocalDate birthDate) {

    public CardIdentity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(birthDate, "birthDate");
    }

    public static CardIdentity of(IdCard card) {
        String nation = card instanceof ResidentIdCard resident ? resident.nation().chinese() : null;
        return new CardIdentity(card.displayName(), card.documentNumber(), card.gender(), nation, card.birthDate());
    }

    public String maskedName() {
        return Masking.name(name);
    }

    public String maskedDocumentNumber() {
        return Masking.idNumber(documentNumber);
    }

    @Override
    public String toString() {
        return "CardIdentity[" + maskedName() + " " + maskedDocumentNumber() + "]";
    }
}
