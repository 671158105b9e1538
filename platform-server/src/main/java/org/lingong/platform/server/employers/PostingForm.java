package org.lingong.platform.server.employers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lingong.platform.api.jobs.PayUnit;
import org.lingong.platform.server.pages.Form;
import org.lingong.platform.server.pages.FormErrors;
import org.lingong.platform.server.seed.Division;
import org.lingong.platform.server.seed.Divisions;
import org.lingong.platform.server.seed.JobCategories;
import org.lingong.platform.server.seed.JobCategory;

/** The job posting form: its choices, and the check of what was posted (one message per field). */
final class PostingForm {

    static final Map<PayUnit, String> UNIT_LABELS = new LinkedHashMap<>();

    static {
        UNIT_LABELS.put(PayUnit.DAY, "元/天");
        UNIT_LABELS.put(PayUnit.HOUR, "元/小时");
        UNIT_LABELS.put(PayUnit.PIECE, "元/件");
        UNIT_LABELS.put(PayUnit.MU, "元/亩");
        UNIT_LABELS.put(PayUnit.HEAD, "元/头（只）");
        UNIT_LABELS.put(PayUnit.TASK, "元/整项活");
        UNIT_LABELS.put(PayUnit.MONTH, "元/月");
    }

    private static final BigDecimal MAX_PAY = new BigDecimal("99999999.99");

    private PostingForm() {
    }

    static List<Form.Option> categories() {
        return JobCategories.standard().all().stream().map(JobCategory::name).distinct()
                .map(name -> new Form.Option(name, name)).toList();
    }

    static List<Form.Option> districts() {
        Divisions divisions = Divisions.innerMongolia();
        return divisions.counties().stream().map(d -> new Form.Option(d.code(),
                divisions.prefectureOf(d).name() + " " + d.name())).toList();
    }

    static List<Form.Option> units() {
        return UNIT_LABELS.entrySet().stream().map(e -> new Form.Option(e.getKey().name(), e.getValue())).toList();
    }

    /** The form's values of an existing posting (for editing). */
    static Map<String, String> values(PostingDraft d) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("title", d.title());
        if (d.mongolianTitle() != null) {
            v.put("titleMn", d.mongolianTitle());
        }
        v.put("category", d.category());
        v.put("districtCode", d.districtCode());
        v.put("address", d.address());
        v.put("payAmount", d.payAmount().toPlainString());
        v.put("payUnit", d.payUnit().name());
        v.put("headcount", Integer.toString(d.headcount()));
        v.put("startDate", d.startDate().toString());
        v.put("endDate", d.endDate().toString());
        v.put("workHours", d.workHours());
        v.put("requirements", d.requirements());
        v.put("meals", d.meals() ? "on" : "");
        v.put("lodging", d.lodging() ? "on" : "");
        return v;
    }

    /** The checked draft, or null with {@code errors} filled. */
    static PostingDraft parse(Map<String, String> in, LocalDate today, FormErrors errors) {
        String title = text(in, "title", 100, "岗位名称", errors);
        String mongolianTitle = in.getOrDefault("titleMn", "").strip();
        if (mongolianTitle.length() > 200) {
            errors.add("titleMn", "蒙古文岗位名称最多200字");
        }
        String category = in.getOrDefault("category", "").strip();
        if (categories().stream().noneMatch(o -> o.value().equals(category))) {
            errors.add("category", "请从列表中选择工种");
        }
        Division district = district(in.get("districtCode"), errors);
        String address = text(in, "address", 200, "工作地点", errors);
        BigDecimal pay = pay(in.get("payAmount"), errors);
        PayUnit unit = unit(in.get("payUnit"), errors);
        Integer headcount = headcount(in.get("headcount"), errors);
        LocalDate start = date(in, "startDate", "开始日期", errors);
        LocalDate end = date(in, "endDate", "结束日期", errors);
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add("endDate", "结束日期不能早于开始日期");
            } else if (end.isBefore(today)) {
                errors.add("endDate", "结束日期已过，岗位不会展示");
            } else if (start.plusYears(1).isBefore(end)) {
                errors.add("endDate", "零工岗位最长一年");
            }
        }
        String hours = text(in, "workHours", 60, "工作时间", errors);
        String requirements = in.getOrDefault("requirements", "").strip();
        if (requirements.length() > 500) {
            errors.add("requirements", "要求说明最多500字");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new PostingDraft(title, category, district.code(), district.name(), address, pay, unit, headcount,
                start, end, hours, requirements, checked(in, "meals"), checked(in, "lodging"),
                mongolianTitle.isEmpty() ? null : mongolianTitle);
    }

    private static boolean checked(Map<String, String> in, String name) {
        String value = in.get(name);
        return value != null && !value.isEmpty();
    }

    static String text(Map<String, String> in, String field, int max, String label, FormErrors errors) {
        String value = in.getOrDefault(field, "").strip();
        if (value.isEmpty()) {
            errors.add(field, "请填写" + label);
            return null;
        }
        if (value.length() > max) {
            errors.add(field, label + "最多" + max + "字");
            return null;
        }
        if (value.chars().anyMatch(c -> c < 0x20)) {
            errors.add(field, label + "含有不可见的控制字符");
            return null;
        }
        return value;
    }

    private static Division district(String code, FormErrors errors) {
        Divisions divisions = Divisions.innerMongolia();
        if (code == null || code.isBlank()) {
            errors.add("districtCode", "请选择工作所在旗县区");
            return null;
        }
        if (!divisions.isCounty(code.strip())) {
            errors.add("districtCode", "不是内蒙古的旗县区代码");
            return null;
        }
        return divisions.get(code.strip());
    }

    private static BigDecimal pay(String text, FormErrors errors) {
        try {
            BigDecimal pay = new BigDecimal(text == null ? "" : text.strip());
            if (pay.signum() <= 0 || pay.scale() > 2 || pay.compareTo(MAX_PAY) > 0) {
                errors.add("payAmount", "请填写大于0的金额（元，最多两位小数）");
                return null;
            }
            return pay;
        } catch (NumberFormatException e) {
            errors.add("payAmount", "请填写金额，例如 180 或 2.5");
            return null;
        }
    }

    private static PayUnit unit(String text, FormErrors errors) {
        for (PayUnit unit : UNIT_LABELS.keySet()) {
            if (unit.name().equals(text)) {
                return unit;
            }
        }
        errors.add("payUnit", "请选择计酬单位");
        return null;
    }

    private static Integer headcount(String text, FormErrors errors) {
        try {
            int count = Integer.parseInt(text == null ? "" : text.strip());
            if (count < 1 || count > 10_000) {
                errors.add("headcount", "招聘人数应在1到10000之间");
                return null;
            }
            return count;
        } catch (NumberFormatException e) {
            errors.add("headcount", "请填写招聘人数（整数）");
            return null;
        }
    }

    private static LocalDate date(Map<String, String> in, String field, String label, FormErrors errors) {
        String text = in.getOrDefault(field, "").strip();
        if (text.isEmpty()) {
            errors.add(field, "请填写" + label);
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, label + "格式应为 2026-05-01");
            return null;
        }
    }
}
