package org.lingong.devices.idcard.codec;

import org.lingong.platform.api.workers.IdNumber;
import org.lingong.platform.api.privacy.Masking;
import java.time.LocalDate;
import java.util.Objects;

/**
 * 外国人永久居留身份证, 2023 version (type flag {@code Y}): an 18-character number starting with 9,
 * validated with the GB 11643 check character (an assumption: the 2023 number is said to follow the
 * citizen number's structure; no byte-level source confirms it), English name (up to 46 characters, stored in two parts), 换证次数 (renewal count),
 * 3-letter country code and a 3-character link to the previous permit number. This layout rests on
 * a single public source (devices.md A.5).
 */
public record ForeignerPermit2023(String chineseName, String englishName, Gender gender, int renewalCount,
                                  LocalDate birthDate, IdNumber idNumber, LocalDate validFrom, Validity validTo,
                                  String nationality, String previousPermitLink,
                                  OpaqueBytes photo, OpaqueBytes fingerprint) implements IdCard {

    public ForeignerPermit2023 {
        Objects.requireNonNull(chineseName, "chineseName");
        Objects.requireNonNull(englishName, "englishName");
        Objects.requireNonNull(gender, "gender");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(nationality, "nationality");
        Objects.requireNonNull(previousPermitLink, "previousPermitLink");
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    @Override
    public CardType cardType() {
        return CardType.FOREIGNER_2023;
    }

    @Override
    public String displayName() {
        return chineseName.isEmpty() ? englishName : chineseName;
    }

    @Override
    public String documentNumber() {
        return idNumber.value();
    }

    @Override
    public ForeignerPermit2023 withImages(OpaqueBytes newPhoto, OpaqueBytes newFingerprint) {
        return new ForeignerPermit2023(chineseName, englishName, gender, renewalCount, birthDate, idNumber, validFrom,
                validTo, nationality, previousPermitLink, newPhoto, newFingerprint);
    }

    @Override
    public String toString() {
        return "ForeignerPermit2023[chineseName=" + Masking.name(chineseName) + ", englishName="
                + Masking.name(englishName) + ", idNumber=" + idNumber.masked() + ", nationality=" + nationality
                + ", gender=" + gender + ", validTo=" + validTo + ", photo=" + photo
                + ", fingerprint=" + fingerprint + "]";
    }
}
