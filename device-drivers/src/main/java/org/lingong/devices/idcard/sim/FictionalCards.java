package org.lingong.devices.idcard.sim;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.lingong.devices.idcard.codec.CardDecodeException;
import org.lingong.devices.idcard.codec.ForeignerPermit2017;
import org.lingong.devices.idcard.codec.ForeignerPermit2023;
import org.lingong.devices.idcard.codec.Gender;
import org.lingong.devices.idcard.codec.HmtResidencePermit;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.platform.api.workers.IdNumber;
import org.lingong.platform.api.workers.InvalidIdNumberException;
import org.lingong.devices.idcard.codec.Nation;
import org.lingong.devices.idcard.codec.OpaqueBytes;
import org.lingong.devices.idcard.codec.ResidentIdCard;
import org.lingong.devices.idcard.codec.Validity;

/**
 * Fictional cards of every type for the simulator and tests. Names, addresses and authorities are
 * obviously invented (示例/测试/样例); the numbers carry valid GB 11643 check characters (computed
 * offline, checked by tests). Photos are 1024 opaque bytes that are not a real WLT image.
 */
public final class FictionalCards {

    /** Resident card with a 20-year validity. */
    public static final ResidentIdCard RESIDENT = new ResidentIdCard("王示例", Gender.MALE, Nation.HAN,
            LocalDate.of(1990, 3, 7), "北京市东城区示例胡同1号", id("110101199003071233"), "示例市公安局示例分局",
            LocalDate.of(2016, 5, 20), Validity.until(LocalDate.of(2036, 5, 20)), photo(1), OpaqueBytes.EMPTY);

    /** Resident card valid 长期 (issued after the holder turned 46). */
    public static final ResidentIdCard RESIDENT_LONG_TERM = new ResidentIdCard("李测试", Gender.FEMALE, Nation.HAN,
            LocalDate.of(1968, 4, 15), "江苏省苏州市示例区测试路88号", id("320582196804150623"), "示例县公安局",
            LocalDate.of(2019, 8, 1), Validity.LONG_TERM, photo(2), OpaqueBytes.EMPTY);

    /** Resident card whose number ends in the check character X. */
    public static final ResidentIdCard RESIDENT_CHECK_X = new ResidentIdCard("赵样卡", Gender.MALE, Nation.ZHUANG,
            LocalDate.of(1988, 11, 5), "广东省深圳市示例区样例街道3栋", id("44030519881105101X"), "示例市公安局样例分局",
            LocalDate.of(2020, 1, 10), Validity.until(LocalDate.of(2040, 1, 10)), photo(3), fingerprint(3));

    /** A Mongolian (蒙古族) worker from Hohhot, Inner Mongolia (address code 150102). */
    public static final ResidentIdCard MONGOLIAN_WORKER = new ResidentIdCard("巴特尔示例", Gender.MALE, Nation.MONGOL,
            LocalDate.of(1978, 11, 22), "内蒙古自治区呼和浩特市新城区示例嘎查2号", id("150102197811224511"),
            "示例市公安局新城分局", LocalDate.of(2018, 6, 30), Validity.until(LocalDate.of(2038, 6, 30)), photo(4),
            fingerprint(4));

    /** 港澳台居民居住证 of a fictional Hong Kong resident (number 810000…). */
    public static final HmtResidencePermit HMT_HONG_KONG = new HmtResidencePermit("陈测试", Gender.FEMALE,
            LocalDate.of(1992, 7, 4), "广东省深圳市示例区港样路5号", id("810000199207040029"), "示例市公安局",
            LocalDate.of(2021, 3, 1), Validity.until(LocalDate.of(2026, 3, 1)), "H12345678", 1, photo(5),
            OpaqueBytes.EMPTY);

    /** 港澳台居民居住证 of a fictional Taiwan resident (number 830000…). */
    public static final HmtResidencePermit HMT_TAIWAN = new HmtResidencePermit("林样例", Gender.FEMALE,
            LocalDate.of(1990, 1, 1), "福建省厦门市示例区台样路9号", id("830000199001010020"), "示例市公安局",
            LocalDate.of(2022, 5, 1), Validity.until(LocalDate.of(2027, 5, 1)), "98765432", 2, photo(8),
            OpaqueBytes.EMPTY);

    /** 外国人永久居留证 (2017, flag I) of a fictional Mongolian national. */
    public static final ForeignerPermit2017 FOREIGNER_2017 = new ForeignerPermit2017("SAMPLE, TEST PERSON",
            "样例", Gender.FEMALE, id("MNG150085061501"), "MNG", LocalDate.of(1985, 6, 15), LocalDate.of(2017, 9, 1),
            Validity.until(LocalDate.of(2027, 9, 1)), "01", "1500", photo(6), OpaqueBytes.EMPTY);

    /** 外国人永久居留身份证 (2023, flag Y) with an English name longer than the first 35-character slot. */
    public static final ForeignerPermit2023 FOREIGNER_2023 = new ForeignerPermit2023("样本示例",
            "EXAMPLE-FICTIONAL, SAMPLE TESTPERSON LONGNAME", Gender.MALE, 0, LocalDate.of(1985, 6, 15),
            id("915496198506150015"), LocalDate.of(2023, 12, 1), Validity.until(LocalDate.of(2033, 12, 1)),
            "MNG", "", photo(7), OpaqueBytes.EMPTY);

    /** Every card above. */
    public static final List<IdCard> ALL = List.of(RESIDENT, RESIDENT_LONG_TERM, RESIDENT_CHECK_X, MONGOLIAN_WORKER,
            HMT_HONG_KONG, HMT_TAIWAN, FOREIGNER_2017, FOREIGNER_2023);

    private FictionalCards() {
    }

    private static IdNumber id(String number) {
        try {
            return IdNumber.parse(number);
        } catch (InvalidIdNumberException e) {
            throw new IllegalStateException("fictional card number is invalid: " + e.getMessage(), e);
        }
    }

    /** 1024 bytes starting with a marker that says this is not a real photo. */
    private static OpaqueBytes photo(int seed) {
        return opaque("FICTIONAL-WLT-PHOTO", 1024, seed);
    }

    private static OpaqueBytes fingerprint(int seed) {
        return opaque("FICTIONAL-FINGERPRINT", 1024, 100 + seed);
    }

    private static OpaqueBytes opaque(String marker, int length, int seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        byte[] m = marker.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(m, 0, b, 0, m.length);
        return OpaqueBytes.of(b);
    }
}
