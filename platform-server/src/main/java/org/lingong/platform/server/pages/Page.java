package org.lingong.platform.server.pages;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.lingong.platform.server.accounts.SignedIn;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The frame of every console and employer page: a small style sheet (old office browsers and phones alike, no
 * scripts), the navigation of the signed-in role, a log-out form. Chinese first.
 */
public final class Page {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private static final String STYLE = "body{font-family:\"Microsoft YaHei\",\"PingFang SC\",\"Noto Sans CJK SC\",sans-serif;"
            + "margin:0;color:#222;background:#f6f7f9;font-size:16px;line-height:1.5}"
            + ".top{background:#1f4e79;color:#fff;padding:.5em 1em}.top a{color:#fff;margin-right:1em;white-space:nowrap}"
            + ".top form{display:inline}.top button{font-size:.9em}.who{float:right}"
            + "main{padding:1em;max-width:1100px}h1{font-size:1.4em;margin:.3em 0 .6em}h2{font-size:1.15em}"
            + "table{border-collapse:collapse;background:#fff;margin-bottom:1.5em;width:100%}"
            + "td,th{border:1px solid #ccc;padding:.35em .5em;text-align:left;vertical-align:top}th{background:#e8ecf1}"
            + ".wrap{overflow-x:auto}"
            + ".f{margin:.6em 0}.f label{display:block;font-weight:bold}.f input,.f select,.f textarea{font-size:1em;"
            + "padding:.35em;width:100%;max-width:26em;box-sizing:border-box}.check label{font-weight:normal}"
            + ".check input{width:auto}.bad input,.bad select,.bad textarea{border:2px solid #c00}"
            + ".err{display:block;color:#c00}.note{background:#fff8e1;border:1px solid #e0c36a;padding:.5em .8em}"
            + ".ok{background:#e8f5e9;border:1px solid #81c784;padding:.5em .8em}"
            + ".alert{background:#fdecea;border:1px solid #e57373;padding:.5em .8em;margin:.3em 0}"
            + "button,.button{font-size:1em;padding:.4em 1em}.state-PENDING{color:#a66d00}.state-APPROVED{color:#2e7d32}"
            + ".state-REJECTED{color:#c00}.inline{display:inline}fieldset{border:1px solid #ccc;background:#fff;margin:1em 0}"
            + "@media (max-width:600px){main{padding:.6em}.who{float:none;display:block}td,th{font-size:.9em}"
            // list tables become one card per row on a phone, each cell with its column's name
            + "table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:auto}table.cards th,table.cards tr.head{display:none}"
            + "table.cards tr{border:1px solid #ccc;margin-bottom:.6em;background:#fff}table.cards td{border:none;padding:.2em .6em}"
            + "table.cards td[data-label]:before{content:attr(data-label) \"：\";color:#555}}";

    private Page() {
    }

    /** A whole page; {@code who} is null on pages for anonymous visitors (login, registration). */
    public static String render(String title, SignedIn who, CsrfToken csrf, String body) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.escape(title)).append(" · 零工驿站管理平台</title><style>").append(STYLE)
                .append("</style></head><body><div class=\"top\">");
        if (who != null) {
            html.append("<span class=\"who\">").append(Html.escape(who.displayName())).append("（")
                    .append(who.role().label()).append(scope(who)).append("） <a href=\"/account/password\">修改密码</a>")
                    .append("<form method=\"post\" action=\"/logout\">")
                    .append(csrfField(csrf)).append("<button type=\"submit\">退出</button></form></span>");
            nav(html, who);
        } else {
            html.append("<b>零工驿站管理平台</b>");
        }
        return html.append("</div><main><h1>").append(Html.escape(title)).append("</h1>").append(body)
                .append("</main></body></html>").toString();
    }

    public static String csrfField(CsrfToken csrf) {
        return csrf == null ? "" : "<input type=\"hidden\" name=\"" + Html.escape(csrf.getParameterName()) + "\" value=\""
                + Html.escape(csrf.getToken()) + "\">";
    }

    public static ResponseEntity<String> ok(String html) {
        return ResponseEntity.ok().contentType(HTML).body(html);
    }

    /** A form sent back with its errors: 400, the page shows the message beside each field. */
    public static ResponseEntity<String> invalid(String html) {
        return ResponseEntity.badRequest().contentType(HTML).body(html);
    }

    public static ResponseEntity<String> notFound(String html) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(html);
    }

    /** After a successful post: 303 to the page that shows the result. */
    public static ResponseEntity<String> seeOther(String path) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(path)).build();
    }

    private static String scope(SignedIn who) {
        if (who.regionCode() != null) {
            return " · 辖区 " + who.regionCode();
        }
        return who.stationCode() != null ? " · " + who.stationCode() : "";
    }

    private static void nav(StringBuilder html, SignedIn who) {
        switch (who.role()) {
            case OPERATOR -> html.append("<a href=\"/console\">首页</a><a href=\"/console/jobs\">岗位审核</a>")
                    .append("<a href=\"/console/content\">信息发布</a><a href=\"/console/calls\">呼叫</a>")
                    .append("<a href=\"/console/stations\">驿站</a><a href=\"/console/terminals\">终端</a>")
                    .append("<a href=\"/console/accounts\">账户</a><a href=\"/console/audit\">操作记录</a>")
                    .append("<a href=\"/fleet\">终端一览</a>");
            case STATION_STAFF -> html.append("<a href=\"/console\">首页</a><a href=\"/console/calls\">呼叫</a>")
                    .append("<a href=\"/console/calendars/").append(Html.escape(who.stationCode())).append("\">预约日历</a>");
            case EMPLOYER -> html.append("<a href=\"/employer/jobs\">我的岗位</a><a href=\"/employer/jobs/new\">发布岗位</a>");
        }
    }
}
