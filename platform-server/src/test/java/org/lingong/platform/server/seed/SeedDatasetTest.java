package org.lingong.platform.server.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeedDatasetTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final SeedDataset DEMO = SeedGenerator.demo(TODAY);

    private final Divisions divisions = Divisions.innerMongolia();

    @Test
    void demoStationInHohhotXinchengIsFirst() {
        SeedStation demo = DEMO.stations().get(0);
        assertThat(demo.code()).isEqualTo(SeedGenerator.DEMO_STATION_CODE).isEqualTo("ST-150102-001");
        assertThat(demo.name()).isEqualTo("新城区海拉尔东路街道零工驿站");
        assertThat(demo.districtCode()).isEqualTo("150102");
        assertThat(demo.regionCode()).isEqualTo("1501");
    }

    @Test
    void stationsCoverEveryPrefectureWithUniqueCodesInRealCounties() {
        assertThat(DEMO.stations()).extracting(SeedStation::code).doesNotHaveDuplicates();
        assertThat(DEMO.stations()).extracting(SeedStation::name).doesNotHaveDuplicates();
        assertThat(DEMO.stations()).allSatisfy(station -> {
            assertThat(divisions.isCounty(station.districtCode())).isTrue();
            assertThat(station.code()).matches("ST-" + station.districtCode() + "-\\d{3}");
            assertThat(station.regionCode()).isEqualTo(station.districtCode().substring(0, 4));
            assertThat(station.name()).containsAnyOf("零工驿站", "零工市场", "就业服务站", "零工服务专区");
        });
        Set<String> regions = DEMO.stations().stream().map(SeedStation::regionCode).collect(Collectors.toSet());
        assertThat(regions).hasSize(12);
    }

    @Test
    void demoHasTwoThousandJobsAcrossAllPrefectures() {
        assertThat(DEMO.jobs()).hasSize(2000);
        assertThat(DEMO.jobs()).extracting(SeedJob::regionCode).containsAll(
                divisions.prefectures().stream().map(Division::regionCode).toList());
    }

    @Test
    void serviceListHasTheFifteenGrassrootsServices() {
        assertThat(DEMO.serviceItems()).hasSize(15).extracting(SeedServiceItem::name).contains(
                "求职登记", "失业登记", "就业困难人员认定", "职业介绍", "职业指导", "创业服务", "职业培训报名",
                "就业见习", "灵活就业人员社保补贴申领", "政策咨询");
        assertThat(DEMO.serviceItems()).allSatisfy(item -> assertThat(item.channels()).isNotEmpty());
        assertThat(DEMO.serviceItems()).filteredOn(SeedServiceItem::proxyAllowed).isNotEmpty();
        assertThat(DEMO.serviceItems()).filteredOn(item -> !item.proxyAllowed()).isNotEmpty();
    }

    @Test
    void coursesFairsAndLiveSessionsReferToRealPlacesAroundTheReferenceDate() {
        assertThat(DEMO.courses()).isNotEmpty().allSatisfy(course -> {
            assertThat(divisions.isCounty(course.districtCode())).isTrue();
            assertThat(course.endDate()).isAfterOrEqualTo(course.startDate());
            assertThat(course.hours()).isPositive();
            assertThat(course.seats()).isBetween(20, 60);
        });
        assertThat(DEMO.fairs()).isNotEmpty().allSatisfy(fair -> {
            assertThat(divisions.isCounty(fair.districtCode())).isTrue();
            assertThat(fair.title()).contains(fair.date().getYear() + "年");
            assertThat(fair.date()).isBetween(TODAY.minusDays(20), TODAY.plusDays(60));
        });
        Set<String> stationCodes = DEMO.stations().stream().map(SeedStation::code).collect(Collectors.toSet());
        assertThat(DEMO.liveSessions()).isNotEmpty().allSatisfy(session -> {
            assertThat(stationCodes).contains(session.hostStationCode());
            assertThat(session.platformName()).isIn("抖音", "快手", "视频号");
            LocalDate day = session.startsAt().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
            assertThat(day).isBetween(TODAY.minusDays(7), TODAY.plusDays(30));
        });
    }

    @Test
    void announcementsArePublishedBeforeTheReferenceDateByKnownAuthorities() {
        assertThat(DEMO.announcements()).isNotEmpty().allSatisfy(announcement -> {
            assertThat(announcement.publishedOn()).isBefore(TODAY);
            assertThat(divisions.find(announcement.districtCode())).isPresent();
        });
        assertThat(DEMO.announcements()).extracting(SeedAnnouncement::title)
                .anySatisfy(title -> assertThat(title).contains("2027年春风行动"));
    }
}
