package org.lingong.platform.server.content;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.lingong.platform.server.pages.Form;
import org.lingong.platform.server.pages.Html;
import org.lingong.platform.server.pages.Page;
import org.lingong.platform.server.support.DbTime;
import org.springframework.security.web.csrf.CsrfToken;

/** The HTML of the content pages: a section's list (one card per item on a phone) and its form. */
final class ContentPages {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(DbTime.STATS_ZONE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DbTime.STATS_ZONE);

    private ContentPages() {
    }

    /** Links to every section and the contact policy; {@code current} (null: the contact policy) in bold. */
    static String sections(ContentSection current) {
        StringBuilder html = new StringBuilder("<p class=\"sections\">");
        for (ContentSection section : ContentSection.values()) {
            html.append(section == current ? "<b>" : "<a href=\"" + section.path() + "\">").append(section.label())
                    .append(section == current ? "</b>" : "</a>").append(" · ");
        }
        return html.append(current == null ? "<b>联系方式政策</b>" : "<a href=\"/console/content/contact-policy\">联系方式政策</a>")
                .append("</p>").toString();
    }

    static String list(ContentSection section, List<ContentRow> rows, ContentEditor editor, boolean canPublish) {
        StringBuilder html = new StringBuilder(sections(section));
        html.append("<p>修改后，辖区驿站的终端在下一次更新信息时取得（终端每次心跳都会得知有新版本）。</p>");
        if (canPublish) {
            html.append("<p><a class=\"button\" id=\"new-item\" href=\"").append(section.path()).append("/new\">＋ 新建")
                    .append(section.label()).append("</a></p>");
        } else {
            html.append("<p class=\"note\">您的辖区为旗县区：信息由盟市或自治区经办人员发布。</p>");
        }
        html.append("<div class=\"wrap\"><table id=\"items\" class=\"cards\"><tr class=\"head\"><th>范围</th><th>")
                .append(section == ContentSection.SERVICES ? "事项" : "标题").append("</th><th>")
                .append(secondColumn(section)).append("</th><th>说明</th></tr>");
        for (ContentRow row : rows) {
            html.append("<tr><td data-label=\"范围\">").append(Html.escape(editor.regionName(row.regionCode())))
                    .append("</td><td data-label=\"标题\"><a href=\"").append(section.path()).append("/").append(row.id())
                    .append("\">").append(Html.escape(row.title())).append("</a></td><td data-label=\"")
                    .append(secondColumn(section)).append("\">").append(secondValue(section, row))
                    .append("</td><td data-label=\"说明\">").append(Html.escape(summary(section, row))).append("</td></tr>");
        }
        if (rows.isEmpty()) {
            html.append("<tr><td colspan=\"4\">暂无</td></tr>");
        }
        return html.append("</table></div>").toString();
    }

    static String form(ContentSection section, Long id, Form form, List<ContentEditor.Target> targets, CsrfToken csrf) {
        String action = section.path() + (id == null ? "" : "/" + id);
        StringBuilder html = new StringBuilder(sections(section)).append("<form method=\"post\" action=\"")
                .append(action).append("\" novalidate>").append(Page.csrfField(csrf))
                .append(form.select("发布范围", "region", targets.stream()
                        .map(t -> new Form.Option(t.code(), t.name())).toList()));
        boolean services = section == ContentSection.SERVICES;
        html.append(form.input(services ? "事项名称" : "标题", "title", "text", "maxlength=\"" + ContentForm.TITLE + "\""));
        switch (section) {
            case COURSES -> html.append(form.input("培训机构", "organizer", "text", "maxlength=\"100\""))
                    .append(form.input("地点", "location", "text", "maxlength=\"200\""))
                    .append(form.input("开始日期", "startDate", "date", ""))
                    .append(form.input("结束日期", "endDate", "date", ""))
                    .append(form.checkbox("政府补贴（免费）培训", "subsidised"));
            case FAIRS -> html.append(form.input("主办单位", "organizer", "text", "maxlength=\"100\""))
                    .append(form.input("地点", "location", "text", "maxlength=\"200\""))
                    .append(form.input("开始时间", "startsAt", "datetime-local", ""))
                    .append(form.input("结束时间", "endsAt", "datetime-local", ""));
            case LIVE -> html.append(form.input("主播 / 主办驿站", "organizer", "text", "maxlength=\"100\""))
                    .append(form.input("直播平台（如 抖音、快手、视频号）", "location", "text", "maxlength=\"200\""))
                    .append(form.input("直播链接（https://…）", "streamUrl", "url", "maxlength=\"500\" placeholder=\"https://\""))
                    .append(form.input("开始时间", "startsAt", "datetime-local", ""))
                    .append(form.input("结束时间", "endsAt", "datetime-local", ""));
            case SERVICES -> html.append(form.input("事项名称 蒙古文（可不填；没有时蒙古文界面显示中文）", "titleMn", "text",
                            "maxlength=\"" + ContentForm.TITLE + "\" lang=\"mn-Mong\""))
                    .append(form.input("顺序（小的在前）", "sortOrder", "number", "min=\"0\" max=\"999\""));
            case ANNOUNCEMENTS -> html.append(form.input("生效日期", "startDate", "date", ""))
                    .append(form.input("截止日期（可不填；过期后终端不再显示）", "endDate", "date", ""));
            case POLICIES -> html.append(form.textarea("一两句大白话说明这项政策", "summary", 3))
                    .append(form.textarea("谁可以申请", "whoQualifies", 3))
                    .append(form.textarea("要带什么材料", "whatToBring", 3))
                    .append(form.input("到哪里办（单位、地址或窗口）", "whereToGo", "text", "maxlength=\"" + ContentForm.WHERE_TO_GO + "\""))
                    .append(form.input("政策全文链接（https://…，终端显示为二维码，可不填）", "fullTextUrl", "url",
                            "maxlength=\"" + ContentForm.URL + "\" placeholder=\"https://\""));
        }
        if (section != ContentSection.POLICIES) {
            html.append(form.textarea(section == ContentSection.ANNOUNCEMENTS ? "公告内容" : "说明", "detail", 4));
        }
        html.append("<p><button type=\"submit\">保存</button> <a href=\"").append(section.path())
                .append("\">取消</a></p></form>");
        if (id != null) {
            html.append("<fieldset><legend>删除</legend><form method=\"post\" action=\"").append(action)
                    .append("/delete\">").append(Page.csrfField(csrf))
                    .append("<p>删除后终端在下一次更新信息时不再显示它。</p><button type=\"submit\" id=\"delete\">删除此")
                    .append(section.label()).append("</button></form></fieldset>");
        }
        return html.toString();
    }

    private static String secondColumn(ContentSection section) {
        return switch (section) {
            case SERVICES -> "顺序";
            case POLICIES -> "到哪里办";
            default -> "时间";
        };
    }

    private static String secondValue(ContentSection section, ContentRow row) {
        return switch (section) {
            case SERVICES -> Integer.toString(row.sortOrder());
            case POLICIES -> Html.escape(row.location() == null ? "" : row.location());
            default -> when(section, row);
        };
    }

    private static String when(ContentSection section, ContentRow row) {
        DateTimeFormatter format = section == ContentSection.FAIRS || section == ContentSection.LIVE ? TIME : DAY;
        String start = row.startsAt() == null ? "" : format.format(row.startsAt());
        String end = row.endsAt() == null ? (section == ContentSection.ANNOUNCEMENTS ? "长期" : "") : format.format(row.endsAt());
        return Html.escape(start + (end.isEmpty() ? "" : " 至 " + end));
    }

    private static String summary(ContentSection section, ContentRow row) {
        return switch (section) {
            case COURSES -> join(row.organizer(), row.location(), row.flag() ? "补贴培训" : null);
            case FAIRS -> join(row.organizer(), row.location(), null);
            case LIVE -> join(row.organizer(), row.location(), row.linkUrl());
            case SERVICES, ANNOUNCEMENTS, POLICIES -> row.detail() == null ? "" : row.detail();
        };
    }

    private static String join(String a, String b, String c) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {a, b, c}) {
            if (part != null && !part.isBlank()) {
                text.append(text.isEmpty() ? "" : " · ").append(part);
            }
        }
        return text.toString();
    }
}
