package org.lingong.platform.server.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.lingong.platform.server.pages.FormErrors;
import org.lingong.platform.server.support.DbTime;

/**
 * The content form of one section, checked field by field (messages beside the fields), and an item turned back into
 * form values for editing. Courses and announcements take days, fairs and live sessions date and time
 * (Asia/Shanghai); a live session's stream link must be an https URL. A policy page (政策) takes a plain-words summary,
 * who qualifies, what to bring, where to go and, optionally, the https URL of its full text (the kiosk shows it as a QR).
 */
final class ContentForm {

    static final int TITLE = 200;
    static final int ORGANIZER = 100;
    static final int LOCATION = 200;
    static final int DETAIL = 1000;
    static final int URL = 500;
    static final int POLICY_TEXT = 500;
    static final int WHERE_TO_GO = 300;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

    private ContentForm() {
    }

    /**
     * The item the form describes (id 0, region as chosen), or null with {@code errors} filled.
     *
     * @param regions the region codes this operator may choose
     */
    static ContentRow parse(ContentSection section, Map<String, String> in, Set<String> regions, FormErrors errors) {
        String region = in.getOrDefault("region", "").strip();
        if (!regions.contains(region)) {
            errors.add("region", "请选择发布范围（您辖区内的盟市）");
        }
        String title = text(in, "title", TITLE, true, errors);
        String detail = section == ContentSection.POLICIES ? null
                : text(in, "detail", DETAIL, section == ContentSection.ANNOUNCEMENTS, errors);
        String organizer = null;
        String location = null;
        Instant starts = null;
        Instant ends = null;
        boolean flag = false;
        int sortOrder = 0;
        String link = null;
        String whoQualifies = null;
        String whatToBring = null;
        String mongolianTitle = null;
        switch (section) {
            case COURSES -> {
                organizer = text(in, "organizer", ORGANIZER, true, errors);
                location = text(in, "location", LOCATION, false, errors);
                starts = dayStart(in, "startDate", true, errors);
                ends = dayStart(in, "endDate", true, errors);
                flag = "on".equals(in.get("subsidised")) || "true".equals(in.get("subsidised"));
            }
            case FAIRS, LIVE -> {
                organizer = text(in, "organizer", ORGANIZER, true, errors);
                location = text(in, "location", LOCATION, true, errors);
                starts = time(in, "startsAt", errors);
                ends = time(in, "endsAt", errors);
                if (section == ContentSection.LIVE) {
                    link = httpsUrl(in, "streamUrl", "直播链接", true, errors);
                }
            }
            case SERVICES -> {
                sortOrder = number(in, errors);
                mongolianTitle = text(in, "titleMn", TITLE, false, errors);
            }
            case ANNOUNCEMENTS -> {
                starts = dayStart(in, "startDate", true, errors);
                ends = dayStart(in, "endDate", false, errors);
            }
            case POLICIES -> {
                detail = text(in, "summary", POLICY_TEXT, true, errors);
                whoQualifies = text(in, "whoQualifies", POLICY_TEXT, false, errors);
                whatToBring = text(in, "whatToBring", POLICY_TEXT, false, errors);
                location = text(in, "whereToGo", WHERE_TO_GO, false, errors);
                link = httpsUrl(in, "fullTextUrl", "全文链接", false, errors);
            }
        }
        if (starts != null && ends != null && ends.isBefore(starts)) {
            errors.add(section == ContentSection.FAIRS || section == ContentSection.LIVE ? "endsAt" : "endDate",
                    "结束不能早于开始");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new ContentRow(0, section.kind(), region, null, title, organizer, location, starts, ends, detail, flag,
                sortOrder, link, whoQualifies, whatToBring, mongolianTitle);
    }

    /** The form values of a stored item, for its edit page. */
    static Map<String, String> values(ContentRow row) {
        Map<String, String> values = new HashMap<>();
        values.put("region", row.regionCode());
        put(values, "title", row.title());
        put(values, "organizer", row.organizer());
        put(values, "location", row.location());
        put(values, "detail", row.detail());
        put(values, "streamUrl", row.linkUrl());
        if (row.kind() == ContentKind.POLICY) {
            put(values, "summary", row.detail());
            put(values, "whoQualifies", row.whoQualifies());
            put(values, "whatToBring", row.whatToBring());
            put(values, "whereToGo", row.location());
            put(values, "fullTextUrl", row.linkUrl());
        }
        put(values, "titleMn", row.mongolianTitle());
        values.put("sortOrder", Integer.toString(row.sortOrder()));
        values.put("subsidised", row.flag() ? "on" : "");
        if (row.startsAt() != null) {
            values.put("startDate", DbTime.statDay(row.startsAt()).toString());
            values.put("startsAt", local(row.startsAt()));
        }
        if (row.endsAt() != null) {
            values.put("endDate", DbTime.statDay(row.endsAt()).toString());
            values.put("endsAt", local(row.endsAt()));
        }
        return values;
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null) {
            values.put(name, value);
        }
    }

    private static String local(Instant instant) {
        return LocalDateTime.ofInstant(instant, DbTime.STATS_ZONE).withSecond(0).withNano(0).toString();
    }

    private static String text(Map<String, String> in, String name, int max, boolean required, FormErrors errors) {
        String value = in.getOrDefault(name, "").strip();
        if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            errors.add(name, "含有不能保存的控制字符");
        } else if (required && value.isEmpty()) {
            errors.add(name, "请填写此项");
        } else if (value.length() > max) {
            errors.add(name, "最多" + max + "字");
        }
        return value.isEmpty() ? null : value;
    }

    private static Instant dayStart(Map<String, String> in, String name, boolean required, FormErrors errors) {
        String value = in.getOrDefault(name, "").strip();
        if (value.isEmpty()) {
            if (required) {
                errors.add(name, "请填写日期，例如 2026-12-05");
            }
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
                errors.add(name, "日期应在2020年到2099年之间");
                return null;
            }
            return day.atStartOfDay(DbTime.STATS_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(name, "日期格式为 年-月-日，例如 2026-12-05");
            return null;
        }
    }

    private static Instant time(Map<String, String> in, String name, FormErrors errors) {
        String value = in.getOrDefault(name, "").strip().replace(' ', 'T');
        if (value.isEmpty()) {
            errors.add(name, "请填写日期和时间，例如 2026-12-05 09:30");
            return null;
        }
        try {
            LocalDateTime at = LocalDateTime.parse(value);
            if (at.toLocalDate().isBefore(FIRST_DAY) || at.toLocalDate().isAfter(LAST_DAY)) {
                errors.add(name, "日期应在2020年到2099年之间");
                return null;
            }
            return at.atZone(DbTime.STATS_ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(name, "格式为 年-月-日 时:分，例如 2026-12-05 09:30");
            return null;
        }
    }

    private static String httpsUrl(Map<String, String> in, String name, String noun, boolean required,
                                   FormErrors errors) {
        String value = in.getOrDefault(name, "").strip();
        if (value.isEmpty() && !required) {
            return null;
        }
        String problem = urlProblem(value, noun);
        if (problem != null) {
            errors.add(name, problem);
            return null;
        }
        return value;
    }

    /** What is wrong with a link ({@code noun} names it, e.g. 直播链接), or null if it is an https URL with a host. */
    static String urlProblem(String value, String noun) {
        if (value.isEmpty()) {
            return "请填写" + noun + "，例如 https://live.example.cn/room/123";
        }
        if (value.length() > URL) {
            return "链接最多" + URL + "个字符";
        }
        try {
            URI uri = new URI(value);
            if (!"https".equalsIgnoreCase(uri.getScheme())) {
                return noun + "必须以 https:// 开头";
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                return noun + "缺少网站地址";
            }
            return null;
        } catch (URISyntaxException e) {
            return "这不是有效的网址（不能有空格或特殊字符）";
        }
    }

    private static int number(Map<String, String> in, FormErrors errors) {
        String value = in.getOrDefault("sortOrder", "").strip();
        try {
            int order = Integer.parseInt(value);
            if (order >= 0 && order <= 999) {
                return order;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add("sortOrder", "顺序为0到999的整数");
        return 0;
    }
}
