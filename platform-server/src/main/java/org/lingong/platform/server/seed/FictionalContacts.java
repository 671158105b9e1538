package org.lingong.platform.server.seed;

import java.util.Map;

/**
 * Contact names and phone numbers that are obviously seed data.
 *
 * <p>Mobiles follow {@code 1[3-9]x 0000 xxxx}: a real carrier prefix with the middle block fixed to
 * 0000, a project convention that marks them as fictional. Landlines use the real 盟市 area code and a
 * seven-digit local number starting with 0, which no Chinese local number does.
 */
final class FictionalContacts {

    static final String MOBILE_PATTERN = "1[3-9]\\d0000\\d{4}";
    static final String LANDLINE_PATTERN = "04\\d{2}-0\\d{6}";

    private static final String[] MOBILE_PREFIXES = {
        "133", "135", "136", "138", "139", "147", "150", "151", "152", "153", "158", "177", "180", "187", "189", "199"};
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "赵", "杨", "高", "郭", "马", "孙", "韩", "白", "乔", "田", "贾", "苏", "吴", "郝",
        "闫", "武", "任", "云", "包", "宝", "奇", "陈", "周", "徐", "胡", "梁"};
    private static final String[] MONGOLIAN_MALE = {"巴特尔", "额尔敦", "苏和", "宝音", "朝鲁", "那顺"};
    private static final String[] MONGOLIAN_FEMALE = {"其其格", "乌云", "萨仁", "托娅", "斯琴", "高娃"};
    private static final Map<String, String> AREA_CODES = Map.ofEntries(
            Map.entry("1501", "0471"), Map.entry("1502", "0472"), Map.entry("1503", "0473"),
            Map.entry("1504", "0476"), Map.entry("1505", "0475"), Map.entry("1506", "0477"),
            Map.entry("1507", "0470"), Map.entry("1508", "0478"), Map.entry("1509", "0474"),
            Map.entry("1522", "0482"), Map.entry("1525", "0479"), Map.entry("1529", "0483"));

    private FictionalContacts() {
    }

    static String mobile(Randoms random) {
        return random.pick(MOBILE_PREFIXES) + "0000" + random.digits(4);
    }

    /** Landline in the 盟市 of {@code regionCode} (first four digits of a division code). */
    static String landline(String regionCode, Randoms random) {
        return areaCode(regionCode) + "-0" + random.digits(6);
    }

    static String areaCode(String regionCode) {
        String code = AREA_CODES.get(regionCode);
        if (code == null) {
            throw new IllegalArgumentException("no area code for region " + regionCode);
        }
        return code;
    }

    /** "王先生", "李女士", or for pastoral areas sometimes a Mongolian given name, e.g. "巴特尔先生". */
    static String contactName(boolean mongolianLikely, Randoms random) {
        boolean female = random.percent(40);
        if (mongolianLikely && random.percent(50)) {
            return random.pick(female ? MONGOLIAN_FEMALE : MONGOLIAN_MALE) + (female ? "女士" : "先生");
        }
        return random.pick(SURNAMES) + (female ? "女士" : "先生");
    }

    static String surname(Randoms random) {
        return random.pick(SURNAMES);
    }

    static String mongolianName(Randoms random) {
        return random.pick(MONGOLIAN_MALE);
    }
}
