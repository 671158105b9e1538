package org.lingong.devices.idcard.codec;

/** Masks personal data for logs, {@code toString()} and messages. */
public final class Masking {

    private Masking() {
    }

    /**
     * Keeps the first and last character: {@code 张三丰 -> 张*丰}, {@code 张三 -> 张*},
     * {@code 欧阳娜娜 -> 欧**娜}; one character becomes {@code *}.
     */
    public static String name(String name) {
        int[] cps = name.codePoints().toArray();
        if (cps.length <= 1) {
            return cps.length == 0 ? "" : "*";
        }
        StringBuilder sb = new StringBuilder().appendCodePoint(cps[0]);
        sb.append("*".repeat(Math.max(1, cps.length - 2)));
        if (cps.length > 2) {
            sb.appendCodePoint(cps[cps.length - 1]);
        }
        return sb.toString();
    }

    /**
     * Keeps the first 3 and last 4 characters: {@code 150***********1234}. Shorter values
     * (up to 7 characters) are fully masked.
     */
    public static String number(String number) {
        int n = number.length();
        if (n <= 7) {
            return "*".repeat(n);
        }
        return number.substring(0, 3) + "*".repeat(n - 7) + number.substring(n - 4);
    }
}
