package org.lingong.devices.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.platform.api.workers.PersonalDataMask;

/**
 * The kiosk ({@link Masking}: screens, slips, logs) and the platform ({@link PersonalDataMask}: the stored masked
 * name, verify answers, logs) give the same masked text.
 */
class KioskAndPlatformMaskAlikeTest {

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("王", "*"),
                Arguments.of("张三", "张*"),
                Arguments.of("王示例", "王*例"),
                Arguments.of("欧阳小锋", "欧*锋"),
                Arguments.of("欧阳锋", "欧*锋"),
                Arguments.of("司马相如", "司*如"),
                Arguments.of("诸葛孔明", "诸*明"),
                Arguments.of("上官婉儿", "上*儿"),
                Arguments.of("阿依古丽·买买提", "阿*提"),
                Arguments.of(" 张三丰 ", "张*丰"),
                Arguments.of("𠀀二𠀁", "𠀀*𠀁"));
    }

    static Stream<Arguments> idNumbers() {
        return Stream.of(
                Arguments.of("110101199003071233", "110***********1233"),
                Arguments.of("15010219880315001X", "150***********001X"),
                Arguments.of("810000199408230002", "810***********0002"),
                Arguments.of("USA110079020815", "USA********0815"),
                Arguments.of("1234567", "*******"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void namesAreMaskedAlike(String name, String masked) {
        assertThat(Masking.name(name)).isEqualTo(masked);
        assertThat(PersonalDataMask.name(name)).isEqualTo(masked);
        assertThat(PersonalDataMask.name(Masking.name(name))).as("masking a masked name keeps it").isEqualTo(masked);
    }

    @ParameterizedTest
    @MethodSource("idNumbers")
    void idNumbersAreMaskedAlike(String idNumber, String masked) {
        assertThat(Masking.idNumber(idNumber)).isEqualTo(masked);
        assertThat(PersonalDataMask.idNumber(idNumber)).isEqualTo(masked);
    }

    @ParameterizedTest
    @MethodSource("idNumbers")
    void phonesAreMaskedAlike(String digits, String masked) {
        assertThat(PersonalDataMask.phone(digits)).isEqualTo(Masking.phone(digits)).isEqualTo(masked);
    }
}
