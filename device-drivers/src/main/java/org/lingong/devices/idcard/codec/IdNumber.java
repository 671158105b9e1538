package org.lingong.devices.idcard.codec;

import org.lingong.devices.privacy.Masking;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A citizen identity number per GB 11643-1999 (devices.md B): 6 address digits, birth date
 * {@code YYYYMMDD}, 3 sequence digits (odd = male) and a check character from
 * {@code "10X98765432".charAt(Σ digit·weight mod 11)}. Also accepts the 15-digit legacy form
 * (birth {@code YYMMDD} in the 1900s, no check character). HK/Macau/Taiwan residence permit numbers
 * (prefixes 81/82/83) and 2023 foreigner permanent residence numbers (prefix 9) share the 18-character
 * form. Input is normalised to upper case ({@code x -> X}).
 *
 * <p>Immutable. {@link #toString()} is masked ({@code 150***********1234}); use {@link #value()} only
 * where the full number is needed.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";

    /** What the leading digits say about the holder. */
    public enum Kind {
        /** 15-digit number issued before 1999, no check character. */
        LEGACY_15,
        /** Mainland resident. */
        RESIDENT,
        /** 港澳台居民居住证, Hong Kong (810000…). */
        HMT_HONG_KONG,
        /** 港澳台居民居住证, Macau (820000…). */
        HMT_MACAU,
        /** 港澳台居民居住证, Taiwan (830000…). */
        HMT_TAIWAN,
        /** 外国人永久居留身份证 (2023), prefix 9. */
        FOREIGNER
    }

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /**
     * Parses and validates a number.
     *
     * @throws CardDecodeException (field {@code idNumber}) naming what is wrong, without the number itself
     */
    public static IdNumber parse(String text) throws CardDecodeException {
        String v = text.strip().toUpperCase(Locale.ROOT);
        if (v.length() == 15) {
            requireDigits(v, 15);
            requireDate("19" + v.substring(6, 12));
            return new IdNumber(v);
        }
        if (v.length() != 18) {
            throw new CardDecodeException("idNumber", "must have 15 or 18 characters, has " + v.length());
        }
        requireDigits(v, 17);
        char check = v.charAt(17);
        if (check != 'X' && (check < '0' || check > '9')) {
            throw new CardDecodeException("idNumber", "check character must be a digit or X");
        }
        requireDate(v.substring(6, 14));
        if (checkCharacter(v.substring(0, 17)) != check) {
            throw new CardDecodeException("idNumber", "check character does not match (GB 11643)");
        }
        return new IdNumber(v);
    }

    /** Whether {@code text} is a valid number (see {@link #parse}). */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (CardDecodeException e) {
            return false;
        }
    }

    /**
     * The GB 11643 check character for the first 17 digits.
     *
     * @throws IllegalArgumentException if {@code first17} is not 17 ASCII digits
     */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17 || !first17.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("need 17 digits, got " + first17.length() + " characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** The normalised number (upper case). Personal data: do not log. */
    public String value() {
        return value;
    }

    public Kind kind() {
        if (value.length() == 15) {
            return Kind.LEGACY_15;
        }
        return switch (value.substring(0, 2)) {
            case "81" -> Kind.HMT_HONG_KONG;
            case "82" -> Kind.HMT_MACAU;
            case "83" -> Kind.HMT_TAIWAN;
            default -> value.charAt(0) == '9' ? Kind.FOREIGNER : Kind.RESIDENT;
        };
    }

    /** The birth date the number encodes. */
    public LocalDate birthDate() {
        String ymd = value.length() == 15 ? "19" + value.substring(6, 12) : value.substring(6, 14);
        return LocalDate.of(Integer.parseInt(ymd.substring(0, 4)), Integer.parseInt(ymd.substring(4, 6)),
                Integer.parseInt(ymd.substring(6, 8)));
    }

    /** Gender from the sequence number: odd = male, even = female. */
    public Gender gender() {
        int seqDigit = value.charAt(value.length() == 15 ? 14 : 16) - '0';
        return seqDigit % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** First 3 and last 4 characters: {@code 150***********1234}. */
    public String mask() {
        return Masking.idNumber(value);
    }

    private static void requireDigits(String v, int count) throws CardDecodeException {
        for (int i = 0; i < count; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                throw new CardDecodeException("idNumber", "character " + (i + 1) + " is not a digit");
            }
        }
    }

    private static void requireDate(String yyyymmdd) throws CardDecodeException {
        try {
            LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
        } catch (DateTimeException e) {
            throw new CardDecodeException("idNumber", "birth date part is not a real date");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber n && value.equals(n.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return mask();
    }
}
