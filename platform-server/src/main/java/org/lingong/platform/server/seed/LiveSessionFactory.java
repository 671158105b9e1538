package org.lingong.platform.server.seed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** 直播带岗 sessions hosted by stations on well-known platforms (names only). */
final class LiveSessionFactory {

    private static final String[] PLATFORMS = {"抖音", "快手", "视频号"};
    private static final LocalTime[] START_TIMES = {LocalTime.of(10, 0), LocalTime.of(15, 0), LocalTime.of(19, 30)};
    private static final String[] ALL_YEAR_THEMES = {
        "家门口好岗位", "家政护理岗位专场", "物流分拣岗位专场", "农牧民工就近就业专场", "就业困难人员援助专场"};

    private LiveSessionFactory() {
    }

    static List<SeedLiveSession> sessions(int count, List<SeedStation> stations, LocalDate today, Randoms random) {
        List<SeedLiveSession> sessions = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            SeedStation host = random.pick(stations);
            LocalDate day = today.plusDays(random.between(-7, 30));
            Instant startsAt = day.atTime(START_TIMES[random.below(START_TIMES.length)]).atZone(JobFactory.ZONE).toInstant();
            String theme = random.percent(50) ? seasonalTheme(day) : random.pick(ALL_YEAR_THEMES);
            String title = host.name() + "“直播带岗”第" + i + "期：" + theme;
            sessions.add(new SeedLiveSession(CourseFactory.code("LS-", i), title, host.code(), host.name(),
                    random.pick(PLATFORMS), startsAt, 30 * random.between(2, 4), random.between(10, 80)));
        }
        return List.copyOf(sessions);
    }

    private static String seasonalTheme(LocalDate day) {
        return switch (day.getMonth()) {
            case FEBRUARY, MARCH -> "春风行动返岗复工专场";
            case APRIL, MAY -> "春耕春播与建筑工地用工专场";
            case JUNE, JULY, AUGUST -> "高校毕业生岗位推介";
            case SEPTEMBER, OCTOBER -> "秋收季节工专场";
            default -> "冬季供暖与扫雪岗位专场";
        };
    }
}
