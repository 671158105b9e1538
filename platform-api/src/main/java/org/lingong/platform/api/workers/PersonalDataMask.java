package org.lingong.platform.api.workers;

/** Masks personal data for screens, slips and logs. */
public final class PersonalDataMask {

    private PersonalDataMask() {
    }

    /** {@code 150***********1234}: first 3 and last 4 characters kept; short input is fully masked. */
    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.length() < 8) {
            return "****";
        }
        return idNumber.substring(0, 3) + "*".repeat(idNumber.length() - 7) + idNumber.substring(idNumber.length() - 4);
    }

    /** {@code 张*三}, {@code 张*} for two characters, {@code *} for one. Works on code points. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        int[] points = name.strip().codePoints().toArray();
        if (points.length == 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(points[0]);
        if (points.length == 2) {
            return masked.append('*').toString();
        }
        masked.append("*".repeat(points.length - 2));
        return masked.appendCodePoint(points[points.length - 1]).toString();
    }

    /** {@code 138****5678}. */
    public static String phone(String phone) {
        if (phone == null || phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
