package org.lingong.platform.server.employers;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and 21 capital letters (no I O S V Z); the last is a check
 * character over the first 17 (weights 3^i mod 31, check = 31 - sum mod 31).
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Upper case, without spaces; what is stored and checked. */
    public static String normalize(String code) {
        return code == null ? "" : code.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** Why the (normalized) code is not valid, or null if it is. */
    public static String problem(String code) {
        if (code.length() != 18) {
            return "统一社会信用代码应为18位（现为" + code.length() + "位）";
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return "第" + (i + 1) + "位“" + code.charAt(i) + "”不是统一社会信用代码可用的字符";
            }
        }
        if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
            return "校验位不符，请核对营业执照上的代码";
        }
        return null;
    }

    /** The check character of the first 17 characters. */
    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
