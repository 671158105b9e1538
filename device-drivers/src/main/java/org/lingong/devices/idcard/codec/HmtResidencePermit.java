package org.lingong.devices.idcard.codec;

import org.lingong.platform.api.workers.IdNumber;
import org.lingong.platform.api.privacy.Masking;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 港澳台居民居住证 (type flag {@code J}): the resident layout without a nation, plus the 通行证号码
 * (pass number, 9 characters) and 签发次数 (issue count).
 */
public record HmtResidencePermit(String name, Gender gender, LocalDate birthDate, String address,
                                 IdNumber idNumber, String authority, LocalDate validFrom, Validity validTo,
                                 String passNumber, int issueCount,
                                 OpaqueBytes photo, OpaqueBytes fingerprint) implements ResidentLayoutCard {

    public HmtResidencePermit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(authority, "authority");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(passNumber, "passNumber");
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    @Override
    public CardType cardType() {
        return CardType.HMT_RESIDENCE;
    }

    @Override
    public HmtResidencePermit withImages(OpaqueBytes newPhoto, OpaqueBytes newFingerprint) {
        return new HmtResidencePermit(name, gender, birthDate, address, idNumber, authority, validFrom, validTo,
                passNumber, issueCount, newPhoto, newFingerprint);
    }

    @Override
    public String toString() {
        return "HmtResidencePermit[name=" + Masking.name(name) + ", idNumber=" + idNumber.masked()
                + ", passNumber=" + Masking.idNumber(passNumber) + ", issueCount=" + issueCount + ", gender=" + gender
                + ", validTo=" + validTo + ", photo=" + photo + ", fingerprint=" + fingerprint + "]";
    }
}
