package org.lingong.platform.api.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskingTest {

    @ParameterizedTest
    @CsvSource(textBlock = """
            张小三,        张*三
            张三,          张*
            欧阳小锋,      欧*锋
            张*三,         张*三
            巴特尔·额尔敦, 巴*敦
            李,            *
            欧阳娜娜,      欧*娜
            欧阳锋,        欧*锋
            诸葛孔明,      诸*明
            阿依古丽·买买提, 阿*提
            ' 张三丰 ',    张*丰
            𠀀二𠀁,        𠀀*𠀁
            """)
    void namesKeepFirstAndLastCharacter(String name, String masked) {
        assertThat(Masking.name(name)).isEqualTo(masked);
        assertThat(Masking.name(masked)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            150102199001011234, 150***********1234
            15010219900101123X, 150***********123X
            150***********1234, 150***********1234
            810000199408230002, 810***********0002
            USA110079020815,    USA********0815
            1234567,            *******
            """)
    void idNumbersKeepThreeAndFour(String id, String masked) {
        assertThat(Masking.idNumber(id)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            13812345678, 138****5678
            138****5678, 138****5678
            """)
    void phonesKeepThreeAndFour(String phone, String masked) {
        assertThat(Masking.phone(phone)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            内蒙古自治区呼和浩特市新城区示例嘎查2号, 内蒙古自治区***
            内蒙古自治区***,                        内蒙古自治区***
            北京市东城区,                           北京市东城区
            """)
    void addressesKeepTheFirstSixCharacters(String address, String masked) {
        assertThat(Masking.address(address)).isEqualTo(masked);
        assertThat(Masking.address(masked)).isEqualTo(masked);
    }

    @Test
    void missingValuesMaskToNothingOrStars() {
        assertThat(Masking.name(null)).isEmpty();
        assertThat(Masking.address(null)).isEmpty();
        assertThat(Masking.idNumber(null)).isEqualTo("****");
        assertThat(Masking.phone(null)).isEqualTo("****");
    }
}
