package org.lingong.platform.api.workers;

import org.lingong.platform.api.privacy.Masking;

/** Masks personal data for screens, slips and logs: the rule of {@link Masking}, the kiosk's too; {@code null} safe. */
public final class PersonalDataMask {

    private PersonalDataMask() {
    }

    /** {@code 150***********1234}: first 3 and last 4 characters kept; {@code null} is {@code ****}. */
    public static String idNumber(String idNumber) {
        return idNumber == null ? "****" : Masking.idNumber(idNumber);
    }

    /** {@code 张*三}, {@code 欧*锋} (the length hidden), {@code 张*} for two characters, {@code *} for one. */
    public static String name(String name) {
        return name == null ? "" : Masking.name(name);
    }

    /** {@code 138****5678}; {@code null} is {@code ****}. */
    public static String phone(String phone) {
        return phone == null ? "****" : Masking.phone(phone);
    }
}
