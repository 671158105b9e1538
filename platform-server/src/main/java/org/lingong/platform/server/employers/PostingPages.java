package org.lingong.platform.server.employers;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.lingong.platform.server.pages.Form;
import org.lingong.platform.server.pages.Html;
import org.lingong.platform.server.support.DbTime;
import org.springframework.security.web.csrf.CsrfToken;

/** The HTML bodies of the employer's and the reviewer's posting pages. */
final class PostingPages {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DbTime.STATS_ZONE);

    private PostingPages() {
    }

    static String postingForm(String action, Form form, CsrfToken csrf, String submitLabel) {
        return "<form method=\"post\" action=\"" + action + "\" novalidate>" + org.lingong.platform.server.pages.Page.csrfField(csrf)
                + form.input("岗位名称", "title", "text", "maxlength=\"100\"")
                + form.input("岗位名称 蒙古文（可不填；没有时蒙古文界面显示中文）", "titleMn", "text",
                        "maxlength=\"200\" lang=\"mn-Mong\"")
                + form.select("工种", "category", PostingForm.categories())
                + form.select("工作所在旗县区", "districtCode", PostingForm.districts())
                + form.input("工作地点（详细地址）", "address", "text", "maxlength=\"200\"")
                + form.input("报酬（元）", "payAmount", "text", "inputmode=\"decimal\"")
                + form.select("计酬单位", "payUnit", PostingForm.units())
                + form.input("招聘人数", "headcount", "number", "min=\"1\"")
                + form.input("开始日期", "startDate", "date", "")
                + form.input("结束日期", "endDate", "date", "")
                + form.input("工作时间（例如 07:00-18:00）", "workHours", "text", "maxlength=\"60\"")
                + form.textarea("要求与说明（可不填）", "requirements", 3)
                + form.checkbox("管吃（提供伙食）", "meals") + form.checkbox("管住（提供住宿）", "lodging")
                + "<p><button type=\"submit\">" + Html.escape(submitLabel) + "</button></p></form>";
    }

    static String summary(PostingDraft d) {
        return "<table><tr><th>工种</th><td>" + Html.escape(d.category()) + "</td></tr><tr><th>地点</th><td>"
                + Html.escape(d.districtName()) + " " + Html.escape(d.address()) + "</td></tr><tr><th>报酬</th><td>"
                + pay(d) + "</td></tr><tr><th>人数</th><td>" + d.headcount() + "</td></tr><tr><th>日期</th><td>"
                + d.startDate() + " 至 " + d.endDate() + "</td></tr><tr><th>工作时间</th><td>" + Html.escape(d.workHours())
                + "</td></tr><tr><th>食宿</th><td>" + (d.meals() ? "管吃" : "不管吃") + "，" + (d.lodging() ? "管住" : "不管住")
                + "</td></tr><tr><th>要求</th><td>" + Html.escape(d.requirements()) + "</td></tr></table>";
    }

    static String pay(PostingDraft d) {
        return Html.escape(d.payAmount().stripTrailingZeros().toPlainString()) + " " + PostingForm.UNIT_LABELS.get(d.payUnit());
    }

    static String state(Posting p, LocalDate today) {
        String label = p.endedBefore(today) && p.state() == PostingState.APPROVED ? "已结束，驿站不再展示" : p.state().label();
        StringBuilder html = new StringBuilder("<span class=\"state-").append(p.state().name()).append("\">")
                .append(Html.escape(label)).append("</span>");
        if (p.state() == PostingState.REJECTED) {
            html.append("<br><span class=\"reason\">原因：").append(Html.escape(p.rejectReason())).append("</span>");
        }
        return html.toString();
    }

    static String employerList(List<Posting> postings, LocalDate today) {
        if (postings.isEmpty()) {
            return "<p class=\"note\">还没有发布岗位。<a href=\"/employer/jobs/new\">发布第一个岗位</a></p>";
        }
        StringBuilder html = new StringBuilder("<div class=\"wrap\"><table id=\"postings\" class=\"cards\"><tr class=\"head\"><th>岗位</th><th>地点</th>")
                .append("<th>报酬</th><th>日期</th><th>审核</th><th></th></tr>");
        for (Posting p : postings) {
            html.append("<tr id=\"posting-").append(p.id()).append("\"><td>").append(Html.escape(p.draft().title()))
                    .append("<br><small>").append(Html.escape(p.draft().category())).append("</small></td><td data-label=\"地点\">")
                    .append(Html.escape(p.draft().districtName())).append("</td><td data-label=\"报酬\">").append(pay(p.draft()))
                    .append("</td><td data-label=\"日期\">").append(p.draft().startDate()).append(" 至 ").append(p.draft().endDate())
                    .append("</td><td data-label=\"审核\">").append(state(p, today)).append("</td><td><a href=\"/employer/jobs/").append(p.id())
                    .append("/edit\">修改</a></td></tr>");
        }
        return html.append("</table></div>").toString();
    }

    static String reviewList(List<Posting> postings, LocalDate today) {
        if (postings.isEmpty()) {
            return "<p class=\"note\">辖区内没有用工单位发布的岗位。</p>";
        }
        StringBuilder html = new StringBuilder("<div class=\"wrap\"><table id=\"reviews\" class=\"cards\"><tr class=\"head\"><th>岗位</th><th>用工单位</th>")
                .append("<th>地点</th><th>报酬</th><th>状态</th><th>提交/修改</th></tr>");
        for (Posting p : postings) {
            html.append("<tr id=\"review-").append(p.id()).append("\"><td><a href=\"/console/jobs/").append(p.id()).append("\">")
                    .append(Html.escape(p.draft().title())).append("</a></td><td data-label=\"用工单位\">").append(Html.escape(p.employerName()))
                    .append("</td><td data-label=\"地点\">").append(Html.escape(p.draft().districtName())).append("</td><td data-label=\"报酬\">")
                    .append(pay(p.draft())).append("</td><td data-label=\"状态\">").append(state(p, today)).append("</td><td data-label=\"提交\">")
                    .append(TIME.format(p.updatedAt())).append("</td></tr>");
        }
        return html.append("</table></div>").toString();
    }
}
