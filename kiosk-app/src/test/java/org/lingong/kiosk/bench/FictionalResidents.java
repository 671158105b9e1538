package org.lingong.kiosk.bench;

import java.time.LocalDate;

import org.lingong.devices.idcard.codec.Gender;
import org.lingong.devices.idcard.codec.Nation;
import org.lingong.devices.idcard.codec.OpaqueBytes;
import org.lingong.devices.idcard.codec.ResidentIdCard;
import org.lingong.devices.idcard.codec.Validity;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.platform.api.workers.IdNumber;

/**
 * A different fictional resident card for every counter value {@code n ≥ 1}: address code 150102, a birth date from
 * 1975-01-01 on and a sequence number (both from {@code n}, so no two counters share a number), the GB 11643 check
 * character computed, an obviously invented name (样例 + {@code n} in Chinese digits) and the fictional photo of
 * {@link FictionalCards#RESIDENT}. Also a phone number per counter.
 */
final class FictionalResidents {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final LocalDate FIRST_BIRTH_DATE = LocalDate.of(1975, 1, 1);

    private FictionalResidents() {
    }

    static ResidentIdCard card(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("counter from 1, got " + n);
        }
        LocalDate birthDate = FIRST_BIRTH_DATE.plusDays(n / 999);
        int sequence = n % 999 + 1;
        String first17 = "150102" + birthDate.toString().replace("-", "") + String.format("%03d", sequence);
        IdNumber idNumber = IdNumber.parse(first17 + IdNumber.checkCharacter(first17));
        return new ResidentIdCard(name(n), sequence % 2 == 1 ? Gender.MALE : Gender.FEMALE, Nation.HAN, birthDate,
                "内蒙古自治区呼和浩特市新城区示例路" + n + "号", idNumber, "示例市公安局新城分局", LocalDate.of(2020, 1, 10),
                Validity.until(LocalDate.of(2040, 1, 10)), FictionalCards.RESIDENT.photo(), OpaqueBytes.EMPTY);
    }

    /** 样例 and {@code n} in Chinese digits, e.g. 样例一〇二. */
    static String name(int n) {
        StringBuilder name = new StringBuilder("样例");
        String.valueOf(n).chars().forEach(c -> name.append(DIGITS.charAt(c - '0')));
        return name.toString();
    }

    /** A mobile number (139 and {@code n} in eight digits). */
    static String phone(int n) {
        return String.format("139%08d", n);
    }
}
