package org.lingong.devices.privacy;

/**
 * Masks personal data for screen, paper, logs, {@code toString()} and messages. Every function is
 * idempotent: masking a masked value returns it unchanged. Masks hide the length of a name.
 */
public final class Masking {

    private Masking() {
    }

    /** Keeps the first and last character: {@code 张小三 → 张*三}, {@code 欧阳小锋 → 欧*锋}, {@code 张三 → 张*}, {@code 王 → *}. */
    public static String name(String name) {
        int[] cps = name.strip().codePoints().toArray();
        return switch (cps.length) {
            case 0 -> "";
            case 1 -> "*";
            case 2 -> new String(cps, 0, 1) + "*";
            default -> new String(cps, 0, 1) + "*" + new String(cps, cps.length - 1, 1);
        };
    }

    /** Keeps the first 3 and last 4 characters: {@code 150102199001011234 → 150***********1234}; up to 7 characters are fully masked. */
    public static String idNumber(String id) {
        return keepThreeAndFour(id);
    }

    /** Keeps the first 3 and last 4 digits: {@code 13812345678 → 138****5678}. */
    public static String phone(String phone) {
        return keepThreeAndFour(phone);
    }

    private static String keepThreeAndFour(String value) {
        String s = value.strip();
        if (s.length() <= 7) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
    }
}
