package org.lingong.devices.idcard.codec;

import static org.lingong.devices.idcard.codec.TextBlockLayout.BLOCK_LENGTH;
import static org.lingong.devices.idcard.codec.TextBlockLayout.TYPE_FLAG;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.lingong.devices.idcard.codec.TextBlockLayout.Foreigner2017;
import org.lingong.devices.idcard.codec.TextBlockLayout.Foreigner2023;
import org.lingong.devices.idcard.codec.TextBlockLayout.Hmt;
import org.lingong.devices.idcard.codec.TextBlockLayout.Resident;

/**
 * Encodes an {@link IdCard} into the 256-byte UCS-2LE text block exactly as a reader delivers it
 * (devices.md A.5): fields space-padded with {@code 20 00}, reserved bytes spaces, the type flag at
 * 248 for I/J/Y cards. Used by the simulator and by round-trip tests.
 *
 * @throws IllegalArgumentException from {@link #encode} when a field does not fit its slot
 */
public final class TextBlockEncoder {

    private final byte[] block = new byte[BLOCK_LENGTH];

    private TextBlockEncoder() {
        for (int i = 0; i < BLOCK_LENGTH; i += 2) {
            block[i] = 0x20;
        }
    }

    public static byte[] encode(IdCard card) {
        TextBlockEncoder e = new TextBlockEncoder();
        if (card instanceof ResidentIdCard c) {
            e.resident(c);
        } else if (card instanceof HmtResidencePermit c) {
            e.hmt(c);
        } else if (card instanceof ForeignerPermit2017 c) {
            e.foreigner2017(c);
        } else if (card instanceof ForeignerPermit2023 c) {
            e.foreigner2023(c);
        }
        return e.block;
    }

    private void resident(ResidentIdCard c) {
        residentLayout(c);
        put("nation", Resident.NATION, Resident.NATION_LEN, c.nation().twoDigitCode());
    }

    private void hmt(HmtResidencePermit c) {
        residentLayout(c);
        put("passNumber", Hmt.PASS_NUMBER, Hmt.PASS_NUMBER_LEN, c.passNumber());
        put("issueCount", Hmt.ISSUE_COUNT, Hmt.ISSUE_COUNT_LEN, twoDigits(c.issueCount()));
        flag(CardType.HMT_RESIDENCE);
    }

    private void residentLayout(ResidentLayoutCard c) {
        put("name", Resident.NAME, Resident.NAME_LEN, c.name());
        put("gender", Resident.GENDER, Resident.GENDER_LEN, String.valueOf(c.gender().code()));
        commonDates(Resident.BIRTH, c.birthDate(), Resident.VALID_FROM, c.validFrom(), Resident.VALID_TO, c.validTo());
        put("address", Resident.ADDRESS, Resident.ADDRESS_LEN, c.address());
        put("idNumber", Resident.ID_NUMBER, Resident.ID_NUMBER_LEN, c.idNumber().value());
        put("authority", Resident.AUTHORITY, Resident.AUTHORITY_LEN, c.authority());
    }

    private void foreigner2017(ForeignerPermit2017 c) {
        put("englishName", Foreigner2017.ENGLISH_NAME, Foreigner2017.ENGLISH_NAME_LEN, c.englishName());
        put("gender", Foreigner2017.GENDER, Foreigner2017.GENDER_LEN, String.valueOf(c.gender().code()));
        put("permitNumber", Foreigner2017.PERMIT_NUMBER, Foreigner2017.PERMIT_NUMBER_LEN, c.permitNumber().value());
        put("nationality", Foreigner2017.NATIONALITY, Foreigner2017.NATIONALITY_LEN, c.nationality());
        put("chineseName", Foreigner2017.CHINESE_NAME, Foreigner2017.CHINESE_NAME_LEN, c.chineseName());
        commonDates(Foreigner2017.BIRTH, c.birthDate(), Foreigner2017.VALID_FROM, c.validFrom(),
                Foreigner2017.VALID_TO, c.validTo());
        put("cardVersion", Foreigner2017.CARD_VERSION, Foreigner2017.CARD_VERSION_LEN, c.cardVersion());
        put("authorityCode", Foreigner2017.AUTHORITY_CODE, Foreigner2017.AUTHORITY_CODE_LEN, c.authorityCode());
        flag(CardType.FOREIGNER_2017);
    }

    private void foreigner2023(ForeignerPermit2023 c) {
        put("chineseName", Foreigner2023.CHINESE_NAME, Foreigner2023.CHINESE_NAME_LEN, c.chineseName());
        put("gender", Foreigner2023.GENDER, Foreigner2023.GENDER_LEN, String.valueOf(c.gender().code()));
        put("renewalCount", Foreigner2023.RENEWAL_COUNT, Foreigner2023.RENEWAL_COUNT_LEN, twoDigits(c.renewalCount()));
        commonDates(Foreigner2023.BIRTH, c.birthDate(), Foreigner2023.VALID_FROM, c.validFrom(),
                Foreigner2023.VALID_TO, c.validTo());
        String english = c.englishName();
        int firstPart = Foreigner2023.ENGLISH_NAME_1_LEN / 2;
        if (english.length() > firstPart + Foreigner2023.ENGLISH_NAME_2_LEN / 2) {
            throw new IllegalArgumentException("englishName longer than 46 characters");
        }
        put("englishName", Foreigner2023.ENGLISH_NAME_1, Foreigner2023.ENGLISH_NAME_1_LEN,
                english.substring(0, Math.min(firstPart, english.length())));
        put("englishName", Foreigner2023.ENGLISH_NAME_2, Foreigner2023.ENGLISH_NAME_2_LEN,
                english.length() > firstPart ? english.substring(firstPart) : "");
        put("idNumber", Foreigner2023.ID_NUMBER, Foreigner2023.ID_NUMBER_LEN, c.idNumber().value());
        put("nationality", Foreigner2023.NATIONALITY, Foreigner2023.NATIONALITY_LEN, c.nationality());
        put("previousPermitLink", Foreigner2023.PREVIOUS_PERMIT_LINK, Foreigner2023.PREVIOUS_PERMIT_LINK_LEN,
                c.previousPermitLink());
        flag(CardType.FOREIGNER_2023);
    }

    private void commonDates(int birthAt, LocalDate birth, int fromAt, LocalDate from, int toAt, Validity to) {
        put("birthDate", birthAt, 16, yyyymmdd(birth));
        put("validFrom", fromAt, 16, yyyymmdd(from));
        put("validTo", toAt, 16, to.isLongTerm() ? Validity.LONG_TERM_TEXT : yyyymmdd(to.date().orElseThrow()));
    }

    private void flag(CardType type) {
        put("typeFlag", TYPE_FLAG, 2, String.valueOf(type.flag()));
    }

    private void put(String field, int offset, int length, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_16LE);
        if (bytes.length > length) {
            throw new IllegalArgumentException(field + " needs " + bytes.length + " bytes, slot has " + length);
        }
        System.arraycopy(bytes, 0, block, offset, bytes.length);
    }

    private static String yyyymmdd(LocalDate d) {
        if (d.getYear() < 0 || d.getYear() > 9999) {
            throw new IllegalArgumentException("year outside 0000..9999");
        }
        return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static String twoDigits(int count) {
        if (count < 0 || count > 99) {
            throw new IllegalArgumentException("count outside 0..99");
        }
        return String.format("%02d", count);
    }
}
