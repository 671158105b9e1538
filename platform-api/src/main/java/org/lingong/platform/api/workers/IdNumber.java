package org.lingong.platform.api.workers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A resident identity number that passed GB 11643-1999 validation: 18 characters, 6-digit
 * division code, a real birth date (YYYYMMDD), 3-digit sequence and an ISO 7064 MOD 11-2 check
 * character (0-9 or X). {@link #toString()} is masked; only {@link #value()} gives the digits.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARS = "10X98765432".toCharArray();

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /**
     * Validates and normalises (trims, upper-cases x) an ID number.
     *
     * @throws InvalidIdNumberException naming the rule broken; the message never contains the number
     */
    public static IdNumber parse(String text) {
        if (text == null) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Rule.LENGTH, "ID number is missing");
        }
        String normalised = text.trim().toUpperCase(Locale.ROOT);
        if (normalised.length() != 18) {
            throw new InvalidIdNumberException(InvalidIdNumberException.Rule.LENGTH, "ID number must have 18 characters");
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

    /** The GB 11643 check character for the first 17 digits of {@code text}. */
    public static char checkCharacter(String text) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (text.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARS[sum % 11];
    }

    /** The normalised 18 characters. Handle as personal data. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                Integer.parseInt(value.substring(12, 14)));
    }

    /** The 6-digit division code of the place of first registration. */
    public String divisionCode() {
        return value.substring(0, 6);
    }

    /** {@code 150***********1234}. */
    public String masked() {
        return PersonalDataMask.idNumber(value);
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
