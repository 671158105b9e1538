package org.lingong.devices.idcard.codec;

import java.util.Optional;

/**
 * Nation (民族) code on a resident ID card: the 56 nationalities, 97 其他 and 98 外国血统中国籍人士
 * (devices.md A.6). 46 is 德昂 (one public reader has the typo 德昴).
 */
public enum Nation {
    HAN(1, "汉"),
    MONGOL(2, "蒙古"),
    HUI(3, "回"),
    TIBETAN(4, "藏"),
    UYGHUR(5, "维吾尔"),
    MIAO(6, "苗"),
    YI(7, "彝"),
    ZHUANG(8, "壮"),
    BUYEI(9, "布依"),
    KOREAN(10, "朝鲜"),
    MANCHU(11, "满"),
    DONG(12, "侗"),
    YAO(13, "瑶"),
    BAI(14, "白"),
    TUJIA(15, "土家"),
    HANI(16, "哈尼"),
    KAZAKH(17, "哈萨克"),
    DAI(18, "傣"),
    LI(19, "黎"),
    LISU(20, "傈僳"),
    VA(21, "佤"),
    SHE(22, "畲"),
    GAOSHAN(23, "高山"),
    LAHU(24, "拉祜"),
    SUI(25, "水"),
    DONGXIANG(26, "东乡"),
    NAXI(27, "纳西"),
    JINGPO(28, "景颇"),
    KIRGIZ(29, "柯尔克孜"),
    TU(30, "土"),
    DAUR(31, "达斡尔"),
    MULAM(32, "仫佬"),
    QIANG(33, "羌"),
    BLANG(34, "布朗"),
    SALAR(35, "撒拉"),
    MAONAN(36, "毛南"),
    GELAO(37, "仡佬"),
    XIBE(38, "锡伯"),
    ACHANG(39, "阿昌"),
    PUMI(40, "普米"),
    TAJIK(41, "塔吉克"),
    NU(42, "怒"),
    UZBEK(43, "乌孜别克"),
    RUSSIAN(44, "俄罗斯"),
    EWENKI(45, "鄂温克"),
    DEANG(46, "德昂"),
    BONAN(47, "保安"),
    YUGUR(48, "裕固"),
    GIN(49, "京"),
    TATAR(50, "塔塔尔"),
    DERUNG(51, "独龙"),
    OROQEN(52, "鄂伦春"),
    HEZHEN(53, "赫哲"),
    MONBA(54, "门巴"),
    LHOBA(55, "珞巴"),
    JINO(56, "基诺"),
    OTHER(97, "其他"),
    FOREIGN_ORIGIN(98, "外国血统中国籍人士");

    private final int code;
    private final String chinese;

    Nation(int code, String chinese) {
        this.code = code;
        this.chinese = chinese;
    }

    /** The numeric code, 1..56, 97 or 98. */
    public int code() {
        return code;
    }

    /** The two-digit form written on the card, e.g. {@code 02}. */
    public String twoDigitCode() {
        return String.format("%02d", code);
    }

    public String chinese() {
        return chinese;
    }

    public static Optional<Nation> ofCode(int code) {
        for (Nation n : values()) {
            if (n.code == code) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
