package org.lingong.kiosk.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.lingong.platform.api.content.JobFair;
import org.lingong.platform.api.content.LiveSession;
import org.lingong.platform.api.content.TrainingCourse;

/**
 * Off the platform: a small fictional list dated around today (one course and one fair already over, so the
 * screens show that past items are hidden). Chinese only, like the platform's content.
 */
public final class DemoContent implements ContentSource {

    private final Clock clock;

    public DemoContent(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<StationContent> current() {
        LocalDate today = LocalDate.now(clock);
        return Optional.of(new StationContent(courses(today), fairs(today), liveSessions(today), null));
    }

    private static List<TrainingCourse> courses(LocalDate today) {
        return List.of(
                new TrainingCourse(9001, "家政服务员（育婴方向）", "幸福路职业技能培训学校", "新华大街12号3楼",
                        today.plusDays(3), today.plusDays(17), true,
                        "学习婴幼儿生活照料、辅食制作和安全常识。结业考核合格发职业技能等级证书。登记失业人员免费。"),
                new TrainingCourse(9002, "电焊工（初级）", "市技工学校", "锡林南路88号实训楼",
                        today.plusDays(10), today.plusDays(40), true,
                        "手工电弧焊基本操作，安全规范。每天上午理论、下午实操。提供午餐。"),
                new TrainingCourse(9003, "中式面点师", "巧手餐饮培训中心", "大学东街5号",
                        today.plusDays(1), today.plusDays(21), false,
                        "馒头、花卷、包子、饺子等面点制作。自费，结业可推荐就业。"),
                new TrainingCourse(9004, "叉车司机", "市技工学校", "锡林南路88号实训场",
                        today.minusDays(20), today.minusDays(2), true, "已结束的课程（演示：不显示）。"));
    }

    private List<JobFair> fairs(LocalDate today) {
        return List.of(
                new JobFair(9101, "春风行动专场招聘会", "市人力资源和社会保障局", "市人力资源市场一楼大厅",
                        at(today, 9, 0), at(today, 12, 0), "约60家企业参加，提供建筑、物流、家政、餐饮等岗位。请带身份证。"),
                new JobFair(9102, "零工驿站周末招聘会", "幸福路零工驿站", "幸福路零工驿站门前广场",
                        at(today.plusDays(1), 14, 0), at(today.plusDays(1), 17, 0), "日结、短期岗位为主，现场可登记。"),
                new JobFair(9103, "退役军人专场招聘会", "市退役军人事务局", "市人力资源市场二楼",
                        at(today.plusDays(6), 9, 30), at(today.plusDays(6), 12, 0), "面向退役军人及家属。"),
                new JobFair(9104, "上周的招聘会", "幸福路零工驿站", "幸福路零工驿站",
                        at(today.minusDays(7), 9, 0), at(today.minusDays(7), 12, 0), "已结束（演示：不显示）。"));
    }

    private List<LiveSession> liveSessions(LocalDate today) {
        return List.of(
                new LiveSession(9201, "物流园区分拣员直播带岗", "赛罕区零工驿站", "抖音“青城就业”",
                        at(today, 19, 0), at(today, 20, 30), "直播介绍分拣、装卸岗位，日结工资，可在直播间报名。"),
                new LiveSession(9202, "家政企业直播招聘", "新城区零工驿站", "视频号“新城就业服务”",
                        at(today.plusDays(2), 10, 0), at(today.plusDays(2), 11, 0), "住家保姆、钟点工、月嫂岗位。"));
    }

    private Instant at(LocalDate day, int hour, int minute) {
        ZoneId zone = clock.getZone();
        return day.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant();
    }
}
