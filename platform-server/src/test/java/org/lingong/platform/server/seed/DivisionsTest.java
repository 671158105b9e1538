package org.lingong.platform.server.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DivisionsTest {

    private final Divisions divisions = Divisions.innerMongolia();

    @Test
    void autonomousRegionIsInnerMongolia() {
        assertThat(divisions.region().code()).isEqualTo("150000");
        assertThat(divisions.region().name()).isEqualTo("内蒙古自治区");
    }

    @Test
    void hasTheTwelvePrefectureLevelDivisionsUnderTheRegion() {
        assertThat(divisions.prefectures())
                .extracting(d -> d.code() + " " + d.name())
                .containsExactly("150100 呼和浩特市", "150200 包头市", "150300 乌海市", "150400 赤峰市",
                        "150500 通辽市", "150600 鄂尔多斯市", "150700 呼伦贝尔市", "150800 巴彦淖尔市",
                        "150900 乌兰察布市", "152200 兴安盟", "152500 锡林郭勒盟", "152900 阿拉善盟");
        assertThat(divisions.prefectures()).allSatisfy(p -> assertThat(p.parentCode()).isEqualTo("150000"));
    }

    @Test
    void hasOneHundredThreeCountyLevelDivisionsOfTheOfficialKinds() {
        Map<DivisionKind, Long> byKind = divisions.counties().stream()
                .collect(Collectors.groupingBy(Division::kind, Collectors.counting()));
        assertThat(divisions.counties()).hasSize(103);
        assertThat(byKind).containsOnly(
                Map.entry(DivisionKind.DISTRICT, 23L), Map.entry(DivisionKind.COUNTY_CITY, 11L),
                Map.entry(DivisionKind.COUNTY, 17L), Map.entry(DivisionKind.BANNER, 49L),
                Map.entry(DivisionKind.AUTONOMOUS_BANNER, 3L));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            150100, 9
            150200, 9
            150300, 3
            150400, 12
            150500, 8
            150600, 9
            150700, 14
            150800, 7
            150900, 11
            152200, 6
            152500, 12
            152900, 3
            """)
    void eachPrefectureHasItsNumberOfCounties(String prefecture, int expected) {
        assertThat(divisions.countiesOf(prefecture)).hasSize(expected);
    }

    @Test
    void everyCountyHangsUnderAPrefectureAndSharesItsFirstFourDigits() {
        assertThat(divisions.counties()).allSatisfy(county -> {
            Division parent = divisions.get(county.parentCode());
            assertThat(parent.kind().isPrefectureLevel()).as("parent of %s", county.code()).isTrue();
            assertThat(county.code()).startsWith(parent.code().substring(0, 4));
            assertThat(county.code()).isNotEqualTo(parent.code());
        });
    }

    @Test
    void everyTableRowBecomesOneDivisionAndCountyNamesAreUnique() throws IOException {
        long rows;
        try (InputStream in = Divisions.class.getResourceAsStream(Divisions.RESOURCE)) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).count();
        }
        assertThat(rows).isEqualTo(1 + divisions.prefectures().size() + divisions.counties().size());
        assertThat(divisions.counties()).extracting(Division::name).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            150102, 新城区
            150103, 回民区
            150104, 玉泉区
            150105, 赛罕区
            150121, 土默特左旗
            150125, 武川县
            150205, 石拐区
            150206, 白云鄂博矿区
            150207, 九原区
            150223, 达尔罕茂明安联合旗
            150404, 松山区
            150603, 康巴什区
            150703, 扎赉诺尔区
            150722, 莫力达瓦达斡尔族自治旗
            150802, 临河区
            150902, 集宁区
            152201, 乌兰浩特市
            152202, 阿尔山市
            152221, 科尔沁右翼前旗
            152501, 二连浩特市
            152502, 锡林浩特市
            152921, 阿拉善左旗
            152922, 阿拉善右旗
            152923, 额济纳旗
            """)
    void usesCurrentCodesAndNames(String code, String name) {
        assertThat(divisions.get(code).name()).isEqualTo(name);
        assertThat(divisions.isCounty(code)).isTrue();
    }

    @Test
    void everyCountyHasAnEconomicProfileAndHigherLevelsHaveNone() {
        assertThat(divisions.counties()).allSatisfy(c -> assertThat(c.profiles()).isNotEmpty().doesNotHaveDuplicates());
        assertThat(divisions.prefectures()).allSatisfy(p -> assertThat(p.profiles()).isEmpty());
        assertThat(divisions.get("152522").profiles()).containsExactly(EconomicProfile.PASTORAL);
        assertThat(divisions.get("150102").primaryProfile()).isEqualTo(EconomicProfile.URBAN);
    }

    @Test
    void unknownCodeIsRejectedNamingTheCode() {
        assertThat(divisions.find("150199")).isEmpty();
        assertThat(divisions.isCounty("150100")).isFalse();
        assertThatThrownBy(() -> divisions.get("150199"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("150199");
    }

    @Test
    void duplicateCodeInTableIsRejectedWithFileAndLine() {
        assertThatThrownBy(() -> Divisions.load("duplicate-code.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("duplicate-code.tsv:5")
                .hasMessageContaining("duplicate division code 150102");
    }

    @Test
    void rowWithMissingColumnsIsRejectedWithFileAndLine() {
        assertThatThrownBy(() -> Divisions.load("short-row.tsv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("short-row.tsv:2")
                .hasMessageContaining("expected 6");
    }
}
