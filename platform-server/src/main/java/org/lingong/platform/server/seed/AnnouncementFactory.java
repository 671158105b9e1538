package org.lingong.platform.server.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Announcements dated in the weeks before the reference date, newest first. */
final class AnnouncementFactory {

    private record Template(AnnouncementKind kind, String title, String body) {
    }

    private static final List<Template> TEMPLATES = List.of(
            new Template(AnnouncementKind.POLICY, "关于{year}年度灵活就业人员社会保险补贴申领的公告",
                    "符合条件的灵活就业人员可于本季度末前通过政务服务窗口或线上渠道申领社会保险补贴。"),
            new Template(AnnouncementKind.NOTICE, "零工驿站冬季开放时间调整的通知",
                    "供暖期内各零工驿站开放时间调整为08:00-17:00，早市零工对接照常进行。"),
            new Template(AnnouncementKind.EVENT, "{spring}年春风行动系列招聘活动安排",
                    "春节前后将在各旗县区举办专场招聘会和直播带岗活动，欢迎求职者和用人单位参加。"),
            new Template(AnnouncementKind.POLICY, "关于开展补贴性职业技能培训的通知",
                    "面向农牧民工、就业困难人员和高校毕业生开展育婴员、电工、直播电商等培训，取证后按规定享受补贴。"),
            new Template(AnnouncementKind.NOTICE, "关于防范虚假招聘信息的提示",
                    "求职时请核实用人单位信息，不向任何单位或个人缴纳押金、培训费，遇到欠薪可到驿站登记线索。"),
            new Template(AnnouncementKind.EVENT, "“直播带岗”每周三晚固定开播",
                    "各零工驿站每周三19:30在线推介本地岗位，可在驿站终端预约面试。"),
            new Template(AnnouncementKind.POLICY, "就业困难人员认定和援助政策解读",
                    "就业困难人员认定后可享受公益性岗位安置、社会保险补贴等援助，详情请到窗口咨询。"),
            new Template(AnnouncementKind.NOTICE, "冬季扫雪除雪临时用工招募",
                    "入冬后各地将根据降雪情况招募扫雪除雪临时人员，日结工资，请到就近驿站登记。"));

    private AnnouncementFactory() {
    }

    /** "{year}" is the reference year; "{spring}" the year of the next 春风行动 (January-March). */
    private static String title(Template template, LocalDate today) {
        int springYear = today.getMonthValue() >= 4 ? today.getYear() + 1 : today.getYear();
        return template.title()
                .replace("{year}", Integer.toString(today.getYear()))
                .replace("{spring}", Integer.toString(springYear));
    }

    static List<SeedAnnouncement> announcements(Divisions divisions, LocalDate today, Randoms random) {
        List<SeedAnnouncement> result = new ArrayList<>(TEMPLATES.size());
        int daysBack = 0;
        for (int i = 0; i < TEMPLATES.size(); i++) {
            Template template = TEMPLATES.get(i);
            daysBack += random.between(1, 6);
            LocalDate published = today.minusDays(daysBack);
            String district = random.percent(40) ? divisions.region().code() : random.pick(divisions.prefectures()).code();
            result.add(new SeedAnnouncement(CourseFactory.code("AN-", i + 1), template.kind(),
                    title(template, today), template.body(),
                    district, published));
        }
        return List.copyOf(result);
    }
}
