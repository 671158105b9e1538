package org.lingong.platform.server.seed;

/** Plausible, generic place and brand name parts. Villages, 嘎查 and roads are made up, not looked up. */
final class PlaceNames {

    private static final String[] ROADS = {
        "建设路", "人民路", "新华大街", "团结路", "迎宾路", "北二环路", "健康街", "文化路", "工业路", "滨河路",
        "友谊路", "胜利路", "民族街", "光明路", "育才路", "站前街", "朝阳路", "兴业路"};
    private static final String[] VILLAGES = {
        "红旗", "新胜", "前进", "永丰", "东风", "太平庄", "三合", "二道河", "后营子", "西沟", "大井",
        "五家户", "南台", "丰收", "黄花滩", "八号地"};
    private static final String[] MONGOLIAN_ROOTS = {
        "巴音", "乌兰", "查干", "宝力格", "额尔敦", "阿拉坦", "伊和", "哈日", "萨如拉", "塔林", "那仁", "白音"};
    private static final String[] GACHA_SUFFIXES = {"", "淖尔", "高勒", "图", "塔拉", "乌苏"};
    private static final String[] BRANDS = {
        "鑫盛", "恒泰", "宏远", "瑞丰", "金川", "塞北", "北疆", "蒙源", "敕勒川", "天骄", "大青山", "河套",
        "鸿达", "众诚", "安泰", "顺通", "嘉禾", "丰泽", "绿野", "祥和", "福源", "兴旺", "德胜", "博远"};

    private PlaceNames() {
    }

    /** "呼和浩特市" → "呼和浩特", "包头市" → "包头", "锡林郭勒盟" → "锡林郭勒"; "兴安盟" stays whole. */
    static String shortName(Division prefecture) {
        String name = prefecture.name();
        boolean strip = name.endsWith("市") || (name.endsWith("盟") && name.length() > 3);
        return strip ? name.substring(0, name.length() - 1) : name;
    }

    static String road(Randoms random) {
        return random.pick(ROADS);
    }

    static String village(Randoms random) {
        return random.pick(VILLAGES) + "村";
    }

    static String gacha(Randoms random) {
        return random.pick(MONGOLIAN_ROOTS) + random.pick(GACHA_SUFFIXES) + "嘎查";
    }

    static String sumu(Randoms random) {
        return random.pick(MONGOLIAN_ROOTS) + "苏木";
    }

    static String brand(Randoms random) {
        return random.pick(BRANDS);
    }

    /** Street address in the county seat, e.g. "新城区海拉尔东路街道团结路128号". */
    static String street(Division county, Randoms random) {
        return county.name() + county.seat() + road(random) + random.between(1, 399) + "号";
    }
}
