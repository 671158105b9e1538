package org.lingong.platform.server.seed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Titles and requirement lists for generated jobs, in the style of station notice boards. */
final class JobTexts {

    private JobTexts() {
    }

    static String title(JobCategory category, Division county, int headcount, BigDecimal pay,
                        LocalDate start, Randoms random) {
        String name = category.name();
        return switch (random.below(4)) {
            case 0 -> "招" + name + headcount + "名";
            case 1 -> (county.seat().isEmpty() ? county.name() : county.seat()) + "急招" + name;
            case 2 -> name + "，" + payPhrase(category.payUnit(), pay);
            default -> seasonWord(category, start) + name + headcount + "人";
        };
    }

    private static String payPhrase(PayUnit unit, BigDecimal pay) {
        String amount = pay.stripTrailingZeros().toPlainString();
        return switch (unit) {
            case PER_DAY -> "日结" + amount + "元";
            case PER_HOUR -> "时薪" + amount + "元";
            case PER_MONTH -> "月薪" + amount + "元";
            case PER_PIECE -> "每单" + amount + "元";
            case PER_MU -> "每亩" + amount + "元";
            case PER_HEAD -> "每只" + amount + "元";
        };
    }

    private static String seasonWord(JobCategory category, LocalDate start) {
        if (!category.isSeasonal()) {
            return "长期招";
        }
        return switch (start.getMonth()) {
            case MARCH, APRIL, MAY -> "春季";
            case JUNE, JULY, AUGUST -> "夏季";
            case SEPTEMBER, OCTOBER -> category.group() == CategoryGroup.FARMING ? "秋收" : "秋季";
            default -> "冬季";
        };
    }

    static List<String> requirements(JobCategory category, Randoms random) {
        List<String> result = new ArrayList<>(4);
        result.add("身体健康");
        result.add(ageRange(category.group()));
        List<String> specific = category.requirements();
        int first = random.below(specific.size());
        result.add(specific.get(first));
        if (specific.size() > 1 && random.percent(50)) {
            result.add(specific.get((first + 1) % specific.size()));
        }
        if (random.percent(40)) {
            result.add("有经验者优先");
        }
        return result;
    }

    private static String ageRange(CategoryGroup group) {
        return switch (group) {
            case CONSTRUCTION, MINING -> "年龄18-55岁";
            case HOUSEHOLD -> "年龄25-58岁";
            case FARMING, PASTORAL, WINTER -> "年龄18-60岁";
            case LOGISTICS, ECOMMERCE -> "年龄18-50岁";
            case SERVICE -> "年龄18-58岁";
        };
    }
}
