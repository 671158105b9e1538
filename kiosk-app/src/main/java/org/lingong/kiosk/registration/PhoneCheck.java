package org.lingong.kiosk.registration;

/**
 * Whether digits typed on the keypad form a mainland China mobile number: 11 digits, {@code 1},
 * then {@code 3}-{@code 9}. Each problem has its own message key that says what to fix.
 */
public enum PhoneCheck {
    VALID,
    EMPTY,
    FIRST_DIGIT_NOT_ONE,
    SECOND_DIGIT_NOT_THREE_TO_NINE,
    TOO_SHORT,
    TOO_LONG;

    public static final int LENGTH = 11;

    public static PhoneCheck of(String digits) {
        if (digits.isEmpty()) {
            return EMPTY;
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("phone digits contain a non-digit");
        }
        if (digits.charAt(0) != '1') {
            return FIRST_DIGIT_NOT_ONE;
        }
        if (digits.length() > 1 && (digits.charAt(1) < '3' || digits.charAt(1) > '9')) {
            return SECOND_DIGIT_NOT_THREE_TO_NINE;
        }
        if (digits.length() < LENGTH) {
            return TOO_SHORT;
        }
        return digits.length() > LENGTH ? TOO_LONG : VALID;
    }

    public String messageKey() {
        return "registration.phone.problem." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
