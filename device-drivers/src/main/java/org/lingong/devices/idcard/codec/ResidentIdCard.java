package org.lingong.devices.idcard.codec;

import org.lingong.platform.api.workers.IdNumber;
import org.lingong.platform.api.privacy.Masking;
import java.time.LocalDate;
import java.util.Objects;

/** 居民身份证. */
public record ResidentIdCard(String name, Gender gender, Nation nation, LocalDate birthDate, String address,
                             IdNumber idNumber, String authority, LocalDate validFrom, Validity validTo,
                             OpaqueBytes photo, OpaqueBytes fingerprint) implements ResidentLayoutCard {

    public ResidentIdCard {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(nation, "nation");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    @Override
    public CardType cardType() {
        return CardType.RESIDENT;
    }

    @Override
    public ResidentIdCard withImages(OpaqueBytes newPhoto, OpaqueBytes newFingerprint) {
        return new ResidentIdCard(name, gender, nation, birthDate, address, idNumber, authority, validFrom, validTo,
                newPhoto, newFingerprint);
    }

    @Override
    public String toString() {
        return "ResidentIdCard[name=" + Masking.name(name) + ", idNumber=" + idNumber.masked() + ", gender=" + gender
                + ", nation=" + nation + ", validTo=" + validTo + ", photo=" + photo + ", fingerprint=" + fingerprint + "]";
    }
}
