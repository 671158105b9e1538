package org.lingong.platform.api.privacy;

/**
 * Masks personal data for screen, paper, logs, {@code toString()} and messages. Every function is
 * idempotent: masking a masked value returns it unchanged. Masks hide the length of a name. The one rule of
 * kiosk and platform alike: screens, slips, logs and the platform's stored masked name. {@code null} is safe: a
 * missing name or address masks to the empty text, a missing number to {@code ****}.
 */
public final class Masking {

    private static final int ADDRESS_KEPT = 6;
    private static final String MISSING_NUMBER = "****";

    private Masking() {
    }

    /** Keeps the first and last character: {@code 张小三 → 张*三}, {@code 欧阳小锋 → 欧*锋}, {@code 张三 → 张*}, {@code 王 → *}. */
    public static String name(String name) {
        if (name == null) {
            return "";
        }
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

    /**
     * Keeps the first 6 characters (province and city, usually) and replaces the rest with {@code ***}:
     * {@code 内蒙古自治区呼和浩特市新城区示例嘎查2号 → 内蒙古自治区***}; an address of up to 6 characters is kept.
     */
    public static String address(String address) {
        if (address == null) {
            return "";
        }
        int[] cps = address.strip().codePoints().toArray();
        if (cps.length <= ADDRESS_KEPT) {
            return new String(cps, 0, cps.length);
        }
        return new String(cps, 0, ADDRESS_KEPT) + "***";
    }

    private static String keepThreeAndFour(String value) {
        if (value == null) {
            return MISSING_NUMBER;
        }
        String s = value.strip();
        if (s.length() <= 7) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
    }
}
