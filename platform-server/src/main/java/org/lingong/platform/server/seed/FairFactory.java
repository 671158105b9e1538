package org.lingong.platform.server.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Job fairs named after the national campaigns that run in their month (春风行动, 金秋招聘月…). */
final class FairFactory {

    private FairFactory() {
    }

    static List<SeedFair> fairs(int count, Divisions divisions, LocalDate today, Randoms random) {
        List<SeedFair> fairs = new ArrayList<>(count);
        List<Division> prefectures = divisions.prefectures();
        for (int i = 1; i <= count; i++) {
            Division prefecture = prefectures.get((i - 1) % prefectures.size());
            Division county = random.pick(divisions.countiesOf(prefecture.code()));
            LocalDate date = today.plusDays(random.between(-20, 60));
            int employers = random.between(20, 180);
            fairs.add(new SeedFair(CourseFactory.code("JF-", i), county.name() + campaignTitle(date),
                    venue(prefecture, county, random), county.code(), date, "09:00-12:00",
                    employers, employers * random.between(6, 15)));
        }
        return List.copyOf(fairs);
    }

    static String campaignTitle(LocalDate date) {
        String year = date.getYear() + "年";
        return switch (date.getMonth()) {
            case JANUARY, FEBRUARY, MARCH -> year + "春风行动暨就业援助月专场招聘会";
            case APRIL, MAY -> year + "民营企业服务月专场招聘会";
            case JUNE, JULY, AUGUST -> year + "高校毕业生就业服务专场招聘会";
            case SEPTEMBER, OCTOBER -> year + "金秋招聘月专场招聘会";
            default -> year + "冬季农牧民工就业专场招聘会";
        };
    }

    private static String venue(Division prefecture, Division county, Randoms random) {
        return switch (random.below(3)) {
            case 0 -> PlaceNames.shortName(prefecture) + "人力资源市场一楼大厅";
            case 1 -> county.name() + "人民广场";
            default -> county.name() + "全民健身中心";
        };
    }
}
