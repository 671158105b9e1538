package org.lingong.devices.idcard.codec;

/**
 * Byte offsets and lengths in the 256-byte text block (devices.md A.5). All text is UCS-2
 * little-endian, padded with spaces ({@code 20 00}). Each constant pair is (offset, byte length).
 */
final class TextBlockLayout {

    static final int BLOCK_LENGTH = 256;
    static final int TYPE_FLAG = 248;

    /** Resident card; the HMT permit shares 0..219. */
    static final class Resident {
        static final int NAME = 0, NAME_LEN = 30;
        static final int GENDER = 30, GENDER_LEN = 2;
        static final int NATION = 32, NATION_LEN = 4;
        static final int BIRTH = 36, DATE_LEN = 16;
        static final int ADDRESS = 52, ADDRESS_LEN = 70;
        static final int ID_NUMBER = 122, ID_NUMBER_LEN = 36;
        static final int AUTHORITY = 158, AUTHORITY_LEN = 30;
        static final int VALID_FROM = 188;
        static final int VALID_TO = 204;

        private Resident() {
        }
    }

    /** HMT residence permit ({@code J}) fields after offset 219. */
    static final class Hmt {
        static final int PASS_NUMBER = 220, PASS_NUMBER_LEN = 18;
        static final int ISSUE_COUNT = 238, ISSUE_COUNT_LEN = 4;

        private Hmt() {
        }
    }

    /** Foreigner permanent residence permit, 2017 ({@code I}). */
    static final class Foreigner2017 {
        static final int ENGLISH_NAME = 0, ENGLISH_NAME_LEN = 120;
        static final int GENDER = 120, GENDER_LEN = 2;
        static final int PERMIT_NUMBER = 122, PERMIT_NUMBER_LEN = 30;
        static final int NATIONALITY = 152, NATIONALITY_LEN = 6;
        static final int CHINESE_NAME = 158, CHINESE_NAME_LEN = 30;
        static final int VALID_FROM = 188;
        static final int VALID_TO = 204;
        static final int BIRTH = 220;
        static final int CARD_VERSION = 236, CARD_VERSION_LEN = 4;
        static final int AUTHORITY_CODE = 240, AUTHORITY_CODE_LEN = 8;

        private Foreigner2017() {
        }
    }

    /** Foreigner permanent residence ID card, 2023 ({@code Y}). */
    static final class Foreigner2023 {
        static final int CHINESE_NAME = 0, CHINESE_NAME_LEN = 30;
        static final int GENDER = 30, GENDER_LEN = 2;
        static final int RENEWAL_COUNT = 32, RENEWAL_COUNT_LEN = 4;
        static final int BIRTH = 36;
        static final int ENGLISH_NAME_1 = 52, ENGLISH_NAME_1_LEN = 70;
        static final int ID_NUMBER = 122, ID_NUMBER_LEN = 36;
        static final int VALID_FROM = 188;
        static final int VALID_TO = 204;
        static final int ENGLISH_NAME_2 = 220, ENGLISH_NAME_2_LEN = 22;
        static final int NATIONALITY = 242, NATIONALITY_LEN = 6;
        static final int PREVIOUS_PERMIT_LINK = 250, PREVIOUS_PERMIT_LINK_LEN = 6;

        private Foreigner2023() {
        }
    }

    private TextBlockLayout() {
    }
}
