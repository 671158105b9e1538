package org.lingong.devices.idcard.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The nation table of devices.md A.6, copied row by row. */
class NationTableTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            01, 汉
            02, 蒙古
            03, 回
            04, 藏
            05, 维吾尔
            06, 苗
            07, 彝
            08, 壮
            09, 布依
            10, 朝鲜
            11, 满
            12, 侗
            13, 瑶
            14, 白
            15, 土家
            16, 哈尼
            17, 哈萨克
            18, 傣
            19, 黎
            20, 傈僳
            21, 佤
            22, 畲
            23, 高山
            24, 拉祜
            25, 水
            26, 东乡
            27, 纳西
            28, 景颇
            29, 柯尔克孜
            30, 土
            31, 达斡尔
            32, 仫佬
            33, 羌
            34, 布朗
            35, 撒拉
            36, 毛南
            37, 仡佬
            38, 锡伯
            39, 阿昌
            40, 普米
            41, 塔吉克
            42, 怒
            43, 乌孜别克
            44, 俄罗斯
            45, 鄂温克
            46, 德昂
            47, 保安
            48, 裕固
            49, 京
            50, 塔塔尔
            51, 独龙
            52, 鄂伦春
            53, 赫哲
            54, 门巴
            55, 珞巴
            56, 基诺
            97, 其他
            98, 外国血统中国籍人士
            """)
    void everyCodeHasItsName(String code, String chinese) {
        Nation nation = Nation.ofCode(Integer.parseInt(code)).orElseThrow();

        assertThat(nation.chinese()).isEqualTo(chinese);
        assertThat(nation.twoDigitCode()).isEqualTo(code);
    }

    @Test
    void tableHasExactly58EntriesAndNothingFor57Or99() {
        assertThat(Nation.values()).hasSize(58);
        assertThat(Nation.ofCode(57)).isEmpty();
        assertThat(Nation.ofCode(99)).isEmpty();
        assertThat(Nation.ofCode(0)).isEmpty();
    }

    @Test
    void genderCodesOtherThan0129AreUnknown() {
        assertThat(Gender.ofCode('3')).isEmpty();
        assertThat(Gender.ofCode('9')).contains(Gender.UNSPECIFIED);
    }
}
