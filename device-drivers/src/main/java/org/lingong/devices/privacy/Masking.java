package org.lingong.devices.privacy;

/**
 * Masks personal data for screen, paper, logs, {@code toString()} and messages: the rule of
 * {@link org.lingong.platform.api.privacy.Masking}, which the platform uses too, so kiosk and platform
 * mask alike. Every function is idempotent. Masks hide the length of a name.
 */
public final class Masking {

    private Masking() {
    }

    /** Keeps the first and last character: {@code 张小三 → 张*三}, {@code 欧阳小锋 → 欧*锋}, {@code 张三 → 张*}, {@code 王 → *}. */
    public static String name(String name) {
        return org.lingong.platform.api.privacy.Masking.name(name);
    }

    /** Keeps the first 3 and last 4 characters: {@code 150102199001011234 → 150***********1234}; up to 7 characters are fully masked. */
    public static String idNumber(String id) {
        return org.lingong.platform.api.privacy.Masking.idNumber(id);
    }

    /** Keeps the first 3 and last 4 digits: {@code 13812345678 → 138****5678}. */
    public static String phone(String phone) {
        return org.lingong.platform.api.privacy.Masking.phone(phone);
    }

    /** Keeps the first 6 characters and replaces the rest with {@code ***}: {@code 内蒙古自治区***}. */
    public static String address(String address) {
        return org.lingong.platform.api.privacy.Masking.address(address);
    }
}
