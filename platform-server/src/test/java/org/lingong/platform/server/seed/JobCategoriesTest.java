package org.lingong.platform.server.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Month;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobCategoriesTest {

    private final JobCategories categories = JobCategories.standard();

    @Test
    void coversTheGigTradesOfInnerMongolia() {
        assertThat(categories.all()).extracting(JobCategory::name).contains(
                "建筑小工", "钢筋工", "木工", "瓦工", "电焊工", "装卸搬运", "保洁", "家政保姆", "育儿嫂",
                "护工/养老护理", "餐饮服务员", "厨师/帮厨", "快递分拣", "外卖骑手", "网约车/货车司机", "仓库理货",
                "保安", "绿化养护", "环卫", "超市理货/促销", "玉米收割工", "小麦收割（机收）", "葵花收割", "枸杞采摘",
                "番茄采摘", "土豆采挖/捡拾", "播种/覆膜", "剪羊毛", "挤奶工", "接羔", "放牧/羊倌", "打草/搂草",
                "扫雪/除雪", "供暖锅炉工", "煤矿/矿区辅助工", "光伏/风电场清洗运维辅助", "稀土/化工厂临时工",
                "直播带货助理");
        assertThat(categories.all()).extracting(JobCategory::code).doesNotHaveDuplicates();
    }

    @Test
    void usesEveryPayUnitTheStationsQuote() {
        assertThat(categories.all()).extracting(JobCategory::payUnit)
                .containsAll(EnumSet.allOf(PayUnit.class));
        assertThat(categories.get("G601").payUnit()).isEqualTo(PayUnit.PER_HEAD);
        assertThat(categories.get("G502").payUnit()).isEqualTo(PayUnit.PER_MU);
        assertThat(categories.get("G403").payUnit()).isEqualTo(PayUnit.PER_PIECE);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            剪羊毛,   5-7
            接羔,     2-4
            扫雪/除雪, 11-3
            玉米收割工, 9-10
            葵花收割,  9-10
            打草/搂草, 7-9
            供暖锅炉工, 10-4
            """)
    void seasonalWorkFollowsTheFarmingAndHerdingCalendar(String name, String months) {
        JobCategory category = categories.all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        assertThat(category.season()).isEqualTo(Season.parse(months));
        assertThat(category.isSeasonal()).isTrue();
    }

    @Test
    void pastoralWorkFitsOnlyPastoralCounties() {
        assertThat(categories.all()).filteredOn(c -> c.group() == CategoryGroup.PASTORAL)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.profiles()).containsExactly(EconomicProfile.PASTORAL));
    }

    @Test
    void payRangesArePositiveAndLandOnTheUnitStep() {
        assertThat(categories.all()).allSatisfy(c -> {
            assertThat(c.minPay()).isPositive();
            assertThat(c.maxPay()).isGreaterThan(c.minPay());
            BigDecimal span = c.maxPay().subtract(c.minPay());
            assertThat(span.remainder(c.payUnit().step()).signum()).as(c.code()).isZero();
            assertThat(c.minPay().remainder(c.payUnit().step()).signum()).as(c.code()).isZero();
        });
    }

    /** 23 yuan is roughly Inner Mongolia's highest-tier statutory minimum hourly wage (not verified for 2026). */
    @Test
    void hourlyPayStartsAtTwentyThreeYuanOrMore() {
        assertThat(categories.all()).filteredOn(c -> c.payUnit() == PayUnit.PER_HOUR)
                .allSatisfy(c -> assertThat(c.minPay()).isGreaterThanOrEqualTo(new BigDecimal("23")));
    }

    @Test
    void constructionStopsInTheDeepOfWinter() {
        assertThat(categories.get("G101").season().months())
                .doesNotContain(Month.NOVEMBER, Month.DECEMBER, Month.JANUARY, Month.FEBRUARY, Month.MARCH);
        assertThat(categories.get("G106").isSeasonal()).as("indoor work goes on in heated buildings").isFalse();
    }
}
