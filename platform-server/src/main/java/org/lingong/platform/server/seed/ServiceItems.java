package org.lingong.platform.server.seed;

import static org.lingong.platform.server.seed.ServiceChannel.ONLINE;
import static org.lingong.platform.server.seed.ServiceChannel.STATION;
import static org.lingong.platform.server.seed.ServiceChannel.WINDOW;

import java.util.List;
import java.util.Set;

/** The 基层公共就业服务事项清单: a fixed list, the same for every seed. */
final class ServiceItems {

    private static final List<SeedServiceItem> ITEMS = List.of(
            item(1, "求职登记", "登记求职意向、技能和期望工作地点，纳入零工信息库", Set.of(STATION, WINDOW, ONLINE), true),
            item(2, "招聘登记", "用人单位或个人雇主登记用工需求，审核后发布", Set.of(STATION, WINDOW, ONLINE), true),
            item(3, "失业登记", "法定劳动年龄内、有劳动能力和就业要求的失业人员办理登记", Set.of(WINDOW, ONLINE), false),
            item(4, "就业创业证申领", "申领或补办《就业创业证》", Set.of(WINDOW, ONLINE), true),
            item(5, "就业困难人员认定", "按规定条件认定就业困难人员并纳入就业援助", Set.of(WINDOW), false),
            item(6, "职业介绍", "根据求职登记推荐匹配岗位，组织供需对接", Set.of(STATION, WINDOW, ONLINE), true),
            item(7, "职业指导", "求职技巧、职业规划和岗位选择指导", Set.of(STATION, WINDOW), true),
            item(8, "创业服务", "创业政策咨询、创业担保贷款申请指引和开业指导", Set.of(WINDOW, ONLINE), true),
            item(9, "职业培训报名", "报名参加补贴性职业技能培训", Set.of(STATION, WINDOW, ONLINE), true),
            item(10, "就业见习", "离校未就业高校毕业生和青年报名参加就业见习", Set.of(WINDOW, ONLINE), true),
            item(11, "灵活就业人员社保补贴申领", "符合条件的灵活就业人员申领社会保险补贴", Set.of(WINDOW, ONLINE), false),
            item(12, "政策咨询", "就业创业、培训补贴和社保政策解答", Set.of(STATION, WINDOW, ONLINE), true),
            item(13, "零工信息发布", "临时性、季节性零工岗位现场或线上即时发布", Set.of(STATION, ONLINE), true),
            item(14, "劳动维权咨询", "欠薪线索登记和劳动纠纷调解指引", Set.of(STATION, WINDOW, ONLINE), true),
            item(15, "职业技能等级认定报名", "报名参加职业技能等级认定或专项职业能力考核", Set.of(WINDOW, ONLINE), true));

    private ServiceItems() {
    }

    static List<SeedServiceItem> all() {
        return ITEMS;
    }

    private static SeedServiceItem item(int number, String name, String description, Set<ServiceChannel> channels,
                                        boolean proxyAllowed) {
        return new SeedServiceItem(CourseFactory.code("SI-", number), name, description, channels, proxyAllowed);
    }
}
