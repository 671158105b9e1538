package org.lingong.platform.api.workers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.lingong.platform.api.privacy.Masking;

/**
 * The number of an identity document an ID-card reader decodes, validated by its kind:
 * <ul>
 * <li>18 characters per GB 11643-1999 (6-digit division code, a real birth date YYYYMMDD, 3-digit sequence and an
 * ISO 7064 MOD 11-2 check character 0-9 or X): 居民身份证, 港澳台居民居住证 (division 81/82/83) and the 18-digit
 * 外国人永久居留身份证 (leading 9);</li>
 * <li>15 characters of the older 外国人永久居留证: 3-letter nationality code, 4-digit place code, birth date YYMMDD and a
 * 2-digit sequence, no check character (the number of the 2004 and 2017 cards).</li>
 * </ul>
 * The one ID-number rule of drivers, kiosk and platform. {@link #toString()} is masked ({@link Masking}); only
 * {@link #value()} gives the number.
 */
public final class IdNumber {

    /** Which document the number belongs to, told by its form. */
    public enum Kind {
        /** 居民身份证. */
        RESIDENT,
        /** 港澳台居民居住证 (division code 81xxxx, 82xxxx, 83xxxx). */
        HMT_RESIDENCE,
        /** 外国人永久居留身份证, 18 digits starting with 9. */
        FOREIGN_PERMANENT,
        /** 外国人永久居留证, older 15-character form ({@code MNG150085061501}). */
        FOREIGN_PERMANENT_15
    }

    private static final int PERMIT_15_LENGTH = 15;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = "10X98765432".toCharArray();

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /**
     * Validates and normalises (strips white space, upper-cases letters) an ID number.
     *
     * @throws InvalidIdNumberException naming the rule broken; the message never contains the number
     */
    public static IdNumber parse(String text) {
        if (text == null) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Rule.LENGTH, "ID number is missing");
        }
        String normalised = text.strip().toUpperCase(Locale.ROOT);
        if (normalised.length() == PERMIT_15_LENGTH) {
            return new IdNumber(ForeignPermit15.check(normalised));
        }
        if (normalised.length() != 18) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Rule.LENGTH,
                    "ID number must have 18 characters (15 for an older foreign permanent residence permit)");
        }
        for (int i = 0; i < 17; i++) {
            if (!isAsciiDigit(normalised.charAt(i))) {
                throw new InvalidIdNumberException(InvalidIdNumberException.Rule.CHARACTERS,
                        "ID number must be 17 digits followed by a digit or X");
            }
        }
        char last = normalised.charAt(17);
        if (!isAsciiDigit(last) && last != 'X') {
            throw new InvalidIdNumberException(InvalidIdNumberException.Rule.CHARACTERS,
                    "ID number must be 17 digits followed by a digit or X");
        }
        checkBirthDate(normalised);
        if (checkCharacter(normalised) != last) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Rule.CHECK_DIGIT, "ID number check digit is wrong");
        }
        return new IdNumber(normalised);
    }

    /** True if {@link #parse} would accept {@code text}. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidIdNumberException e) {
            return false;
        }
    }

    /**
     * The GB 11643 check character for the first 17 digits of {@code text} (17 digits, or a whole 18-character number).
     *
     * @throws IllegalArgumentException if {@code text} does not start with 17 ASCII digits
     */
    public static char checkCharacter(String text) {
        if (text.length() < 17 || !text.substring(0, 17).chars().allMatch(c -> isAsciiDigit((char) c))) {
            throw new IllegalArgumentException("need 17 digits, got " + text.length() + " characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (text.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    /** The normalised 18 (or 15) characters. Handle as personal data. */
    public String value() {
        return value;
    }

    public Kind kind() {
        if (value.length() == PERMIT_15_LENGTH) {
            return Kind.FOREIGN_PERMANENT_15;
        }
        return switch (value.charAt(0)) {
            case '8' -> Kind.HMT_RESIDENCE;
            case '9' -> Kind.FOREIGN_PERMANENT;
            default -> Kind.RESIDENT;
        };
    }

    /** The birth date the number encodes (a 15-character permit's two-digit year is read as the latest past one). */
    public LocalDate birthDate() {
        if (kind() == Kind.FOREIGN_PERMANENT_15) {
            return ForeignPermit15.birthDate(value);
        }
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** True if the sequence number is odd, which GB 11643 gives to men (the sequence's last digit for a permit). */
    public boolean oddSequence() {
        char last = value.charAt(kind() == Kind.FOREIGN_PERMANENT_15 ? PERMIT_15_LENGTH - 1 : 16);
        return (last - '0') % 2 == 1;
    }

    /** The 6-digit division code of the place of first registration; empty for a 15-character permit. */
    public String divisionCode() {
        return kind() == Kind.FOREIGN_PERMANENT_15 ? "" : value.substring(0, 6);
    }

    /** {@code 150***********1234}. */
    public String masked() {
        return Masking.idNumber(value);
    }

    @Override
    public String toString() {
        return masked();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IdNumber id && id.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    private static void checkBirthDate(String text) {
        try {
            LocalDate.of(Integer.parseInt(text.substring(6, 10)), Integer.parseInt(text.substring(10, 12)),
                    Integer.parseInt(text.substring(12, 14)));
        } catch (DateTimeException e) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Rule.BIRTH_DATE, "birth date is not a real date");
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
