package org.lingong.devices.printer;

/**
 * Masks personal data for paper, screen and logs. Each function is idempotent: masking an already
 * masked value returns it unchanged.
 */
public final class Masking {

    private Masking() {
    }

    /** {@code 张三丰} → {@code 张*丰}, {@code 张三} → {@code 张*}, a single character stays. */
    public static String name(String name) {
        int[] cps = name.strip().codePoints().toArray();
        if (cps.length <= 1) {
            return name.strip();
        }
        String first = new String(cps, 0, 1);
        if (cps.length == 2) {
            return first + "*";
        }
        return first + "*" + new String(cps, cps.length - 1, 1);
    }

    /** 18-character ID {@code 150102199001011234} → {@code 150***********1234}; other lengths keep 3 + 4. */
    public static String idNumber(String id) {
        String s = id.strip();
        if (s.length() <= 7) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
    }

    /** 11-digit mobile {@code 13812345678} → {@code 138****5678}. */
    public static String phone(String phone) {
        String s = phone.strip();
        if (s.length() <= 7) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 3) + "*".repeat(s.length() - 7) + s.substring(s.length() - 4);
    }
}
