package org.lingong.devices.idcard.codec;

import org.lingong.platform.api.workers.IdNumber;
import static org.lingong.devices.idcard.codec.TextBlockLayout.BLOCK_LENGTH;
import static org.lingong.devices.idcard.codec.TextBlockLayout.TYPE_FLAG;

import org.lingong.devices.idcard.codec.TextBlockLayout.Foreigner2017;
import org.lingong.devices.idcard.codec.TextBlockLayout.Foreigner2023;
import org.lingong.devices.idcard.codec.TextBlockLayout.Hmt;
import org.lingong.devices.idcard.codec.TextBlockLayout.Resident;

/**
 * Decodes the 256-byte UCS-2LE text block (devices.md A.5) into an {@link IdCard}. The UTF-16LE
 * character at offset 248 picks the layout: {@code I} foreigner 2017, {@code J} HK/Macau/Taiwan
 * residence permit, {@code Y} foreigner 2023, anything else a resident card. Pure and stateless.
 */
public final class TextBlockDecoder {

    private TextBlockDecoder() {
    }

    /** Decodes a text block into a card without photo or fingerprint. */
    public static IdCard decode(byte[] block) throws CardDecodeException {
        if (block.length != BLOCK_LENGTH) {
            throw new CardDecodeException("textBlock", "must be " + BLOCK_LENGTH + " bytes, is " + block.length);
        }
        TextBlockReader r = new TextBlockReader(block);
        return switch (CardType.ofFlag(r.flag(TYPE_FLAG))) {
            case RESIDENT -> resident(r);
            case HMT_RESIDENCE -> hmt(r);
            case FOREIGNER_2017 -> foreigner2017(r);
            case FOREIGNER_2023 -> foreigner2023(r);
        };
    }

    /** Decodes the text of a read payload and attaches its photo and fingerprint. */
    public static IdCard decode(CardPayload payload) throws CardDecodeException {
        return decode(payload.text()).withImages(payload.photo(), payload.fingerprint());
    }

    private static ResidentIdCard resident(TextBlockReader r) throws CardDecodeException {
        return new ResidentIdCard(
                r.required("name", Resident.NAME, Resident.NAME_LEN),
                r.gender("gender", Resident.GENDER),
                r.nation("nation", Resident.NATION),
                r.date("birthDate", Resident.BIRTH),
                r.text("address", Resident.ADDRESS, Resident.ADDRESS_LEN),
                r.idNumber("idNumber", Resident.ID_NUMBER, Resident.ID_NUMBER_LEN),
                r.text("authority", Resident.AUTHORITY, Resident.AUTHORITY_LEN),
                r.date("validFrom", Resident.VALID_FROM),
                r.validity("validTo", Resident.VALID_TO),
                OpaqueBytes.EMPTY, OpaqueBytes.EMPTY);
    }

    private static HmtResidencePermit hmt(TextBlockReader r) throws CardDecodeException {
        IdNumber number = r.idNumber("idNumber", Resident.ID_NUMBER, Resident.ID_NUMBER_LEN);
        if (number.kind() != IdNumber.Kind.HMT_RESIDENCE) {
            throw new CardDecodeException("idNumber", "a HK/Macau/Taiwan residence permit number starts with 81, 82 or 83");
        }
        return new HmtResidencePermit(
                r.required("name", Resident.NAME, Resident.NAME_LEN),
                r.gender("gender", Resident.GENDER),
                r.date("birthDate", Resident.BIRTH),
                r.text("address", Resident.ADDRESS, Resident.ADDRESS_LEN),
                number,
                r.text("authority", Resident.AUTHORITY, Resident.AUTHORITY_LEN),
                r.date("validFrom", Resident.VALID_FROM),
                r.validity("validTo", Resident.VALID_TO),
                r.text("passNumber", Hmt.PASS_NUMBER, Hmt.PASS_NUMBER_LEN),
                r.count("issueCount", Hmt.ISSUE_COUNT, Hmt.ISSUE_COUNT_LEN),
                OpaqueBytes.EMPTY, OpaqueBytes.EMPTY);
    }

    private static ForeignerPermit2017 foreigner2017(TextBlockReader r) throws CardDecodeException {
        return new ForeignerPermit2017(
                r.required("englishName", Foreigner2017.ENGLISH_NAME, Foreigner2017.ENGLISH_NAME_LEN),
                r.text("chineseName", Foreigner2017.CHINESE_NAME, Foreigner2017.CHINESE_NAME_LEN),
                r.gender("gender", Foreigner2017.GENDER),
                r.idNumber("permitNumber", Foreigner2017.PERMIT_NUMBER, Foreigner2017.PERMIT_NUMBER_LEN),
                r.text("nationality", Foreigner2017.NATIONALITY, Foreigner2017.NATIONALITY_LEN),
                r.date("birthDate", Foreigner2017.BIRTH),
                r.date("validFrom", Foreigner2017.VALID_FROM),
                r.validity("validTo", Foreigner2017.VALID_TO),
                r.text("cardVersion", Foreigner2017.CARD_VERSION, Foreigner2017.CARD_VERSION_LEN),
                r.text("authorityCode", Foreigner2017.AUTHORITY_CODE, Foreigner2017.AUTHORITY_CODE_LEN),
                OpaqueBytes.EMPTY, OpaqueBytes.EMPTY);
    }

    private static ForeignerPermit2023 foreigner2023(TextBlockReader r) throws CardDecodeException {
        String english = TextBlockReader.stripPadding(
                r.raw("englishName", Foreigner2023.ENGLISH_NAME_1, Foreigner2023.ENGLISH_NAME_1_LEN)
                        + r.raw("englishName", Foreigner2023.ENGLISH_NAME_2, Foreigner2023.ENGLISH_NAME_2_LEN));
        return new ForeignerPermit2023(
                r.text("chineseName", Foreigner2023.CHINESE_NAME, Foreigner2023.CHINESE_NAME_LEN),
                english,
                r.gender("gender", Foreigner2023.GENDER),
                r.count("renewalCount", Foreigner2023.RENEWAL_COUNT, Foreigner2023.RENEWAL_COUNT_LEN),
                r.date("birthDate", Foreigner2023.BIRTH),
                r.idNumber("idNumber", Foreigner2023.ID_NUMBER, Foreigner2023.ID_NUMBER_LEN),
                r.date("validFrom", Foreigner2023.VALID_FROM),
                r.validity("validTo", Foreigner2023.VALID_TO),
                r.text("nationality", Foreigner2023.NATIONALITY, Foreigner2023.NATIONALITY_LEN),
                r.text("previousPermitLink", Foreigner2023.PREVIOUS_PERMIT_LINK,
                        Foreigner2023.PREVIOUS_PERMIT_LINK_LEN),
                OpaqueBytes.EMPTY, OpaqueBytes.EMPTY);
    }
}
