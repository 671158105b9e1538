package org.lingong.platform.server.fleet;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.lingong.platform.api.heartbeat.ParkedReport;
import org.lingong.platform.api.referrals.ReferralView;
import org.lingong.platform.server.pages.PageHtml;
import org.lingong.platform.server.support.DbTime;
import org.lingong.platform.server.terminals.ParkedSummary;
import org.lingong.platform.server.terminals.TerminalStatus;

/** Renders the operator's fleet page: terminals and today's referrals. Plain HTML, no scripts. */
final class FleetPage {

    /** What the page's forms need: the session's CSRF token; and whether this is the demo (a banner says so). */
    record Console(String csrfParameter, String csrfToken, boolean demo) {

        String hiddenToken() {
            return "<input type=\"hidden\" name=\"" + Html.escape(csrfParameter) + "\" value=\"" + Html.escape(csrfToken) + "\">";
        }
    }

    /** Beside the shared style: text cells left, stale and revoked rows, parked-event alerts, compact buttons. */
    private static final String STYLE = "td,th{text-align:left}th{white-space:nowrap}.stale{color:#b00}.revoked{color:#888;text-decoration:line-through}"
            + ".alert td{color:#b00;background:#fff4f4}.demo{padding:.6em;font-size:1.2em}form{margin:0}"
            + "td button{font-size:.9em;padding:.3em .8em}.nav a{margin-right:1em}.wrap{overflow-x:auto}";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(DbTime.STATS_ZONE);

    private FleetPage() {
    }

    /** {@code parked}: what each terminal's last heartbeat reported parked, shown as an alert under its row. */
    static String render(List<TerminalStatus> terminals, Map<String, ParkedSummary> parked, List<ReferralView> referrals,
                         LocalDate day, Instant now, Console console) {
        StringBuilder html = new StringBuilder(4096);
        html.append(PageHtml.head("终端一览 · Fleet", STYLE, 30));
        if (console.demo()) {
            html.append(PageHtml.demoBanner("公开的演示口令与虚构数据，不得用于真实人员或生产环境",
                    "demo profile with public demo secrets and fictional data, never for real people or production"));
        }
        html.append("<div class=\"nav\"><a href=\"/console\">← 管理平台</a> <form method=\"post\" action=\"/logout\">")
                .append(console.hiddenToken()).append("<button type=\"submit\" class=\"grey\">退出登录 · Log out</button></form></div>")
                .append("<h1>终端一览 (").append(terminals.size()).append(")</h1>")
                .append("<div class=\"wrap\"><table><tr><th>终端</th><th>驿站</th><th>最后心跳</th><th>版本</th><th>设备状态</th>")
                .append("<th>待发事件</th><th>最早待发(秒)</th><th>磁盘剩余</th><th>操作</th></tr>");
        for (TerminalStatus t : terminals) {
            html.append("<tr class=\"").append(rowClass(t, now)).append("\"><td>").append(Html.escape(t.id()))
                    .append("</td><td>").append(Html.escape(t.stationName())).append(" (").append(Html.escape(t.stationCode()))
                    .append(")</td><td>").append(t.lastSeenAt() == null ? "从未" : TIME.format(t.lastSeenAt()))
                    .append("</td><td>").append(Html.escape(t.appVersion())).append("</td><td>")
                    .append(Html.escape(t.deviceStates())).append("</td><td>").append(Html.escape(t.outboxDepth()))
                    .append("</td><td>").append(Html.escape(t.outboxAgeSeconds())).append("</td><td>")
                    .append(t.diskFreeBytes() == null ? "–" : t.diskFreeBytes() / (1024 * 1024) + " MiB").append("</td><td>")
                    .append(revokeButton(t, console)).append("</td></tr>");
            if (parked.containsKey(t.id())) {
                parkedAlert(html, parked.get(t.id()));
            }
        }
        html.append("</table></div><h2>今日推荐 ").append(day).append(" (").append(referrals.size()).append(")</h2>")
                .append("<div class=\"wrap\"><table><tr><th>推荐单</th><th>驿站</th><th>岗位</th><th>求职者</th><th>状态</th><th>开具时间</th></tr>");
        for (ReferralView r : referrals) {
            html.append("<tr><td>").append(Html.escape(ReferralWords.name(r))).append("</td><td>").append(Html.escape(r.stationCode()))
                    .append("</td><td>").append(Html.escape(r.jobTitle())).append("</td><td>").append(Html.escape(r.workerName()))
                    .append("</td><td>").append(ReferralWords.state(r.state())).append("</td><td>").append(TIME.format(r.issuedAt()))
                    .append("</td></tr>");
        }
        return html.append("</table></div></body></html>").toString();
    }

    private static String revokeButton(TerminalStatus t, Console console) {
        if (t.revokedAt() != null) {
            return "已停用";
        }
        return "<form method=\"post\" action=\"/fleet/terminals/" + Html.escape(t.id()) + "/revoke\">"
                + console.hiddenToken() + "<button type=\"submit\" class=\"red\">停用 · Revoke</button></form>";
    }

    private static void parkedAlert(StringBuilder html, ParkedSummary summary) {
        html.append("<tr class=\"alert\"><td colspan=\"9\">⚠ ").append(summary.count())
                .append(" 条事件被平台拒收，等待驿站工作人员处理");
        for (ParkedReport report : summary.reports()) {
            html.append("<br>").append(Html.escape(RefusalWords.of(report)));
        }
        html.append("</td></tr>");
    }

    private static String rowClass(TerminalStatus t, Instant now) {
        if (t.revokedAt() != null) {
            return "revoked";
        }
        boolean stale = t.lastSeenAt() == null || Duration.between(t.lastSeenAt(), now).toMinutes() > 5;
        return stale ? "stale" : "ok";
    }
}
