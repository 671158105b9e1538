package org.lingong.platform.server.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Vocational training classes, matched to the county's profile. */
final class CourseFactory {

    private record Template(String title, IntRange hours, EconomicProfile profile) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template("育婴员培训", new IntRange(80, 120), EconomicProfile.URBAN),
            new Template("中式烹调师（初级）", new IntRange(120, 160), null),
            new Template("低压电工作业（电工上岗证）", new IntRange(60, 80), null),
            new Template("直播电商培训", new IntRange(40, 60), EconomicProfile.URBAN),
            new Template("农机驾驶操作与维修", new IntRange(60, 90), EconomicProfile.FARMING),
            new Template("养老护理员", new IntRange(80, 120), null),
            new Template("家政服务员", new IntRange(40, 80), null),
            new Template("焊工（熔化焊接与热切割作业）", new IntRange(80, 120), EconomicProfile.MINING),
            new Template("挖掘机操作", new IntRange(90, 120), EconomicProfile.MINING),
            new Template("中式面点师", new IntRange(80, 120), null),
            new Template("蒙古族刺绣", new IntRange(40, 80), EconomicProfile.PASTORAL),
            new Template("家畜繁殖员（牲畜改良）", new IntRange(40, 60), EconomicProfile.PASTORAL),
            new Template("设施农业种植技术", new IntRange(40, 60), EconomicProfile.FARMING),
            new Template("网约车驾驶员从业资格", new IntRange(16, 24), EconomicProfile.URBAN),
            new Template("保安员", new IntRange(40, 60), null));
    private static final String[] SUBSIDIES = {
        "免费（职业技能提升行动补贴）", "取证后按规定申领培训补贴", "脱贫劳动力和农村牧区劳动力免费，含生活费补贴",
        "免费，结业推荐就业", "个人先行垫付，取证后全额补贴"};
    private static final int HOURS_PER_DAY = 6;

    private CourseFactory() {
    }

    static List<SeedCourse> courses(int count, Divisions divisions, LocalDate today, Randoms random) {
        List<SeedCourse> courses = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            Template template = random.pick(TEMPLATES);
            Division county = countyFor(template, divisions, random);
            Division prefecture = divisions.prefectureOf(county);
            int hours = random.between(template.hours());
            LocalDate start = today.plusDays(random.between(-10, 60));
            LocalDate end = start.plusDays((hours + HOURS_PER_DAY - 1) / HOURS_PER_DAY - 1L);
            courses.add(new SeedCourse(code("CR-", i), template.title(), provider(prefecture, county, random),
                    county.code(), start, end, hours, random.pick(SUBSIDIES), 5 * random.between(4, 12)));
        }
        return List.copyOf(courses);
    }

    private static Division countyFor(Template template, Divisions divisions, Randoms random) {
        List<Division> fitting = template.profile() == null ? divisions.counties()
                : divisions.counties().stream().filter(c -> c.has(template.profile())).toList();
        return random.pick(fitting);
    }

    private static String provider(Division prefecture, Division county, Randoms random) {
        return switch (random.below(3)) {
            case 0 -> PlaceNames.shortName(prefecture) + PlaceNames.brand(random) + "职业技能培训学校";
            case 1 -> county.name() + "职业教育中心";
            default -> county.name() + (county.has(EconomicProfile.URBAN) ? "就业服务中心实训基地" : "农牧民技能培训中心");
        };
    }

    static String code(String prefix, int number) {
        String digits = Integer.toString(number);
        return prefix + "0".repeat(Math.max(0, 4 - digits.length())) + digits;
    }
}
