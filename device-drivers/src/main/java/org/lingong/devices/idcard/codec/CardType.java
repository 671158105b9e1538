package org.lingong.devices.idcard.codec;

/** Card type, told apart by the UTF-16LE type flag at text-block offset 248 (devices.md A.5). */
public enum CardType {
    /** 居民身份证: the flag is not I, J or Y. */
    RESIDENT(' '),
    /** 外国人永久居留证 (2017 version), flag {@code I}. */
    FOREIGNER_2017('I'),
    /** 港澳台居民居住证, flag {@code J}. */
    HMT_RESIDENCE('J'),
    /** 外国人永久居留身份证 (2023 version), flag {@code Y}. */
    FOREIGNER_2023('Y');

    private final char flag;

    CardType(char flag) {
        this.flag = flag;
    }

    /** The flag character at offset 248; a resident card has none (space). */
    public char flag() {
        return flag;
    }

    /** The card type for the character found at offset 248. */
    public static CardType ofFlag(char flag) {
        return switch (flag) {
            case 'I' -> FOREIGNER_2017;
            case 'J' -> HMT_RESIDENCE;
            case 'Y' -> FOREIGNER_2023;
            default -> RESIDENT;
        };
    }
}
