package org.lingong.platform.server.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedJobInvariantsTest {

    private static final int COUNT = 20_000;
    private static final Map<LocalDate, List<SeedJob>> CACHE = new ConcurrentHashMap<>();

    private final Divisions divisions = Divisions.innerMongolia();
    private final JobCategories categories = JobCategories.standard();

    private static List<SeedJob> jobs(LocalDate today) {
        return CACHE.computeIfAbsent(today, day -> new SeedGenerator(2026).jobs(COUNT, day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-15", "2026-03-20", "2026-05-20", "2026-07-10", "2026-09-15", "2026-11-27", "2026-12-31"})
    void everyJobIsInARealCountyWhoseProfileFitsTheCategory(LocalDate today) {
        assertThat(jobs(today)).allSatisfy(job -> {
            Division county = divisions.get(job.districtCode());
            assertThat(county.kind().isCountyLevel()).isTrue();
            assertThat(job.districtName()).isEqualTo(county.name());
            assertThat(job.address()).startsWith(county.name());
            assertThat(categories.get(job.categoryCode()).fits(county)).as(job.externalId()).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-15", "2026-05-20", "2026-09-15", "2026-11-27"})
    void payIsWithinTheCategoryRangeInTheCategoryUnit(LocalDate today) {
        assertThat(jobs(today)).allSatisfy(job -> {
            JobCategory category = categories.get(job.categoryCode());
            assertThat(job.categoryName()).isEqualTo(category.name());
            assertThat(job.payUnit()).isEqualTo(category.payUnit());
            assertThat(category.payInRange(job.payAmount())).as("%s pays %s", job.externalId(), job.payAmount()).isTrue();
            assertThat(job.payAmount().scale()).isEqualTo(2);
            assertThat(job.headcount()).isBetween(category.headcount().min(), category.headcount().max());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-15", "2026-03-20", "2026-05-20", "2026-07-10", "2026-09-15", "2026-11-27", "2026-12-31"})
    void seasonalJobsLieWhollyInTheirSeasonNearTheReferenceDate(LocalDate today) {
        assertThat(jobs(today)).allSatisfy(job -> {
            assertThat(job.workStartDate()).isBetween(today.minusDays(JobCalendar.DAYS_BACK), today.plusDays(JobCalendar.DAYS_AHEAD));
            Season season = categories.get(job.categoryCode()).season();
            for (LocalDate day = job.workStartDate(); !day.isAfter(job.workEndDate()); day = day.plusDays(1)) {
                assertThat(season.contains(day)).as("%s %s works on %s", job.externalId(), job.categoryName(), day).isTrue();
            }
        });
    }

    @Test
    void lateNovemberHasSnowClearingAndOnlyFinishedHarvestWork() {
        List<SeedJob> jobs = jobs(LocalDate.of(2026, 11, 27));
        assertThat(countByCategory(jobs)).containsKeys("扫雪/除雪", "供暖锅炉工", "放牧/羊倌", "玉米收割工")
                .doesNotContainKeys("剪羊毛", "打草/搂草", "接羔", "播种/覆膜");
        assertThat(jobs).filteredOn(job -> job.categoryName().equals("玉米收割工"))
                .allSatisfy(job -> assertThat(job.status()).isEqualTo(JobStatus.CLOSED));
    }

    @Test
    void newYearsEveHasNoConstructionOrHarvest() {
        assertThat(countByCategory(jobs(LocalDate.of(2026, 12, 31))))
                .containsKeys("扫雪/除雪", "保洁")
                .doesNotContainKeys("建筑小工", "钢筋工", "玉米收割工", "绿化养护", "剪羊毛");
    }

    @Test
    void mayHasShearingAndSowingButNoSnowClearing() {
        Map<String, Long> byName = countByCategory(jobs(LocalDate.of(2026, 5, 20)));
        assertThat(byName).containsKeys("剪羊毛", "播种/覆膜", "建筑小工").doesNotContainKeys("扫雪/除雪", "玉米收割工");
    }

    @Test
    void lambingIsAnnouncedAheadOfItsSeasonInJanuary() {
        List<SeedJob> lambing = jobs(LocalDate.of(2026, 1, 15)).stream()
                .filter(job -> job.categoryName().equals("接羔")).toList();
        assertThat(lambing).isNotEmpty()
                .allSatisfy(job -> assertThat(job.workStartDate()).isAfterOrEqualTo(LocalDate.of(2026, 2, 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-20", "2026-07-10", "2026-11-27"})
    void pastoralJobsAppearOnlyInCountiesWithAPastoralProfile(LocalDate today) {
        List<SeedJob> pastoral = jobs(today).stream()
                .filter(job -> categories.get(job.categoryCode()).group() == CategoryGroup.PASTORAL).toList();
        assertThat(pastoral).isNotEmpty().allSatisfy(job ->
                assertThat(divisions.get(job.districtCode()).has(EconomicProfile.PASTORAL)).as(job.districtName()).isTrue());
    }

    @Test
    void purelyUrbanDistrictsGetNoFieldWork() {
        assertThat(jobs(LocalDate.of(2026, 9, 15)))
                .filteredOn(job -> divisions.get(job.districtCode()).profiles().equals(List.of(EconomicProfile.URBAN)))
                .isNotEmpty()
                .allSatisfy(job -> assertThat(categories.get(job.categoryCode()).group())
                        .isNotIn(CategoryGroup.FARMING, CategoryGroup.PASTORAL, CategoryGroup.MINING));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-15", "2026-11-27"})
    void statusFollowsTheDatesAndUpdatesAreNotInTheFuture(LocalDate today) {
        Instant now = today.atTime(LocalTime.of(8, 0)).atZone(JobFactory.ZONE).toInstant();
        assertThat(jobs(today)).allSatisfy(job -> {
            assertThat(job.status() == JobStatus.CLOSED).isEqualTo(job.workEndDate().isBefore(today));
            assertThat(job.updatedAt()).isBeforeOrEqualTo(now);
            if (job.status() == JobStatus.CLOSED) {
                Instant endOfWork = job.workEndDate().plusDays(1).atStartOfDay(JobFactory.ZONE).toInstant();
                assertThat(job.updatedAt()).as("closed after work ended").isAfterOrEqualTo(endOfWork);
            }
        });
        assertThat(jobs(today)).extracting(SeedJob::status).contains(JobStatus.OPEN, JobStatus.FILLED, JobStatus.CLOSED);
    }

    @Test
    void externalIdsAreUniqueAndNameTheCounty() {
        List<SeedJob> jobs = jobs(LocalDate.of(2026, 11, 27));
        assertThat(jobs).extracting(SeedJob::externalId).doesNotHaveDuplicates();
        assertThat(jobs).allSatisfy(job -> assertThat(job.externalId()).matches("J" + job.districtCode() + "-\\d{7}"));
    }

    @Test
    void hohhotGetsAboutThirtyPercentAndEveryPrefectureGetsJobs() {
        Map<String, Long> byRegion = jobs(LocalDate.of(2026, 11, 27)).stream()
                .collect(Collectors.groupingBy(SeedJob::regionCode, Collectors.counting()));
        assertThat(byRegion).hasSize(12);
        assertThat(byRegion.get("1501")).isBetween(COUNT * 25L / 100, COUNT * 35L / 100);
        assertThat(byRegion.get("1501")).isGreaterThan(byRegion.get("1502"));
    }

    @Test
    void requirementsStartWithHealthAndAgeAndHoursComeFromTheCategory() {
        assertThat(jobs(LocalDate.of(2026, 9, 15))).allSatisfy(job -> {
            assertThat(job.requirements()).hasSizeBetween(3, 5).doesNotHaveDuplicates();
            assertThat(job.requirements().get(0)).isEqualTo("身体健康");
            assertThat(job.requirements().get(1)).matches("年龄\\d{2}-\\d{2}岁");
            assertThat(job.dailyHours()).isEqualTo(categories.get(job.categoryCode()).dailyHours());
            assertThat(job.title()).contains(job.categoryName());
        });
    }

    private static Map<String, Long> countByCategory(List<SeedJob> jobs) {
        return jobs.stream().collect(Collectors.groupingBy(SeedJob::categoryName, Collectors.counting()));
    }
}
