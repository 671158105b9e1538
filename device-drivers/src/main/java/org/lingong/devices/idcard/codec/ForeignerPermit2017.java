package org.lingong.devices.idcard.codec;

import org.lingong.platform.api.privacy.Masking;
import org.lingong.platform.api.workers.IdNumber;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 外国人永久居留证, 2017 version (type flag {@code I}): English and Chinese name, 15-character permit
 * number (validated as an {@link IdNumber}), 3-letter nationality code, card version and issuing authority code.
 */
public record ForeignerPermit2017(String englishName, String chineseName, Gender gender, IdNumber permitNumber,
                                  String nationality, LocalDate birthDate, LocalDate validFrom, Validity validTo,
                                  String cardVersion, String authorityCode,
                                  OpaqueBytes photo, OpaqueBytes fingerprint) implements IdCard {

    public ForeignerPermit2017 {
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(chineseName, "chineseName");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(permitNumber, "permitNumber");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(cardVersion, "cardVersion");
        Objects.requireNonNull(authorityCode, "authorityCode");
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    @Override
    public CardType cardType() {
        return CardType.FOREIGNER_2017;
    }

    @Override
    public String displayName() {
        return chineseName.isEmpty() ? englishName : chineseName;
    }

    @Override
    public String documentNumber() {
        return permitNumber.value();
    }

    @Override
    public ForeignerPermit2017 withImages(OpaqueBytes newPhoto, OpaqueBytes newFingerprint) {
        return new ForeignerPermit2017(englishName, chineseName, gender, permitNumber, nationality, birthDate,
                validFrom, validTo, cardVersion, authorityCode, newPhoto, newFingerprint);
    }

    @Override
    public String toString() {
        return "ForeignerPermit2017[englishName=" + Masking.name(englishName) + ", chineseName="
                + Masking.name(chineseName) + ", permitNumber=" + permitNumber.masked() + ", nationality="
                + nationality + ", gender=" + gender + ", validTo=" + validTo + ", photo=" + photo
                + ", fingerprint=" + fingerprint + "]";
    }
}
