package org.lingong.platform.server.slipcheck;

import static org.lingong.platform.server.pages.PageHtml.escape;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.lingong.platform.api.privacy.Masking;
import org.lingong.platform.api.referrals.ReferralState;
import org.lingong.platform.api.referrals.VerificationStatus;
import org.lingong.platform.api.referrals.VerifyResponse;
import org.lingong.platform.server.pages.PageHtml;
import org.lingong.platform.server.support.DbTime;

/** The phone page of one slip: its verdict in words and colour, the job and masked worker, and the taps allowed. */
final class SlipCheckPage {

    /** Who is looking: a signed-in person (with the form's CSRF field) or nobody. */
    record Viewer(String name, String csrfField) {
        static final Viewer ANONYMOUS = new Viewer(null, null);

        boolean signedIn() {
            return name != null;
        }
    }

    private record Verdict(String words, String colour, String explanation) {
    }

    private static final Map<VerificationStatus, Verdict> VERDICTS = Map.of(
            VerificationStatus.GENUINE, new Verdict("✔ 真实有效", "#2e7d32", "此推荐单由零工驿站开具，在有效期内。"),
            VerificationStatus.EXPIRED, new Verdict("⌛ 已过期", "#ef6c00", "此推荐单由零工驿站开具，但已超过有效期。"),
            VerificationStatus.REVOKED, new Verdict("⛔ 已作废", "#546e7a", "开具的终端已停用或推荐单已取消，请勿凭此单上岗。"),
            VerificationStatus.FORGED, new Verdict("✖ 伪造", "#c62828", "签名不符：此推荐单不是零工驿站开具的，请联系驿站。"),
            VerificationStatus.UNKNOWN, new Verdict("？无法核验", "#c62828",
                    "平台上没有这张推荐单的记录（可能尚未同步，请稍后再试或联系驿站）。"));
    private static final Verdict UNREADABLE = new Verdict("✖ 无法识别", "#c62828", "这不是零工驿站推荐单的二维码。");

    private static final Map<ReferralState, String> STATES = Map.of(ReferralState.ISSUED, "已开具，待到岗",
            ReferralState.CHECKED_IN, "已到岗", ReferralState.HIRED, "已录用", ReferralState.NOT_HIRED, "未录用",
            ReferralState.NO_SHOW, "未到岗", ReferralState.CANCELLED, "已取消");

    private static final Map<String, String> RESULTS = Map.of(
            "recorded-check-in", "已登记到岗。", "recorded-hired", "已登记录用，计入就业统计。",
            "recorded-not-hired", "已登记未录用。", "recorded-no-show", "已登记未到岗。",
            "already", "此结果之前已登记，无需重复操作。",
            "not-now", "此推荐单现在不能登记这一结果（请刷新查看当前状态）。",
            "not-checkable", "此推荐单无法核验，不能登记。",
            "not-yours", "此推荐单不是您的驿站、地区或单位的，不能由您登记。");

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DbTime.STATS_ZONE);

    private SlipCheckPage() {
    }

    /** @param demo whether the platform runs the demo profile: a red line says the slip is not a real one */
    static String render(SlipCheck check, Viewer viewer, String result, boolean demo) {
        Verdict verdict = check.malformed() ? UNREADABLE : VERDICTS.get(check.status());
        StringBuilder html = new StringBuilder(4096).append(PageHtml.head("推荐单核验",
                ".verdict{color:#fff;font-size:1.6em;font-weight:bold;padding:.6em;border-radius:.4em}"
                        + "dl{display:grid;grid-template-columns:auto 1fr;gap:.3em .8em}dt{color:#666}dd{margin:0}"));
        if (demo) {
            html.append(PageHtml.demoBanner("演示平台开出的推荐单，人员与岗位均为虚构，不是真实的招工推荐",
                    "a slip of the demo platform: fictional people and jobs, not a real referral"));
        }
        html.append("<h1>零工驿站推荐单核验</h1>");
        html.append("<div class=\"verdict\" id=\"slip-status\" data-status=\"")
                .append(check.malformed() ? "MALFORMED" : check.status().name()).append("\" style=\"background:")
                .append(verdict.colour()).append("\">").append(verdict.words()).append("</div><p id=\"slip-explanation\">")
                .append(verdict.explanation()).append("</p>");
        if (result != null && RESULTS.containsKey(result)) {
            html.append("<div class=\"msg\" id=\"slip-result\">").append(RESULTS.get(result)).append("</div>");
        }
        VerifyResponse v = check.verdict();
        if (v != null && v.state() != null) {
            details(html, v);
        }
        actions(html, check, viewer);
        return html.append("</body></html>").toString();
    }

    private static void details(StringBuilder html, VerifyResponse v) {
        html.append("<dl id=\"slip-details\">");
        item(html, "岗位", v.jobTitle(), "slip-job");
        item(html, "用工单位", v.employer(), "slip-employer");
        item(html, "求职者", v.workerName() == null ? null : Masking.name(v.workerName()), "slip-worker");
        item(html, "服务驿站", v.stationName(), "slip-station");
        item(html, "开具时间", time(v.issuedAt()), "slip-issued");
        item(html, "有效期至", time(v.expiresAt()), "slip-expires");
        item(html, "当前状态", STATES.get(v.state()), "slip-state");
        html.append("</dl>");
    }

    private static void actions(StringBuilder html, SlipCheck check, Viewer viewer) {
        if (check.verdict() == null || check.verdict().state() == null) {
            return;
        }
        String base = "/v/" + escape(check.token());
        if (!viewer.signedIn()) {
            html.append("<p>用工单位或驿站工作人员：<a class=\"button\" id=\"slip-login\" href=\"").append(base)
                    .append("/login\">登录后登记到岗和录用结果</a></p>");
            return;
        }
        html.append("<p id=\"slip-viewer\">已登录：").append(escape(viewer.name())).append("</p><div id=\"slip-actions\">");
        for (SlipAction action : check.actions()) {
            html.append("<form method=\"post\" action=\"").append(base).append('/').append(action.path()).append("\">")
                    .append(viewer.csrfField()).append("<button type=\"submit\" id=\"slip-").append(action.path())
                    .append("\"").append(action == SlipAction.NOT_HIRED || action == SlipAction.NO_SHOW ? " class=\"grey\"" : "")
                    .append(">").append(action.words()).append("</button></form>");
        }
        if (check.actions().isEmpty()) {
            html.append("<p>此推荐单没有可登记的结果。</p>");
        }
        html.append("</div><form method=\"post\" action=\"/logout\">").append(viewer.csrfField())
                .append("<button type=\"submit\" class=\"grey\" id=\"slip-logout\">退出登录</button></form>");
    }

    private static void item(StringBuilder html, String label, String value, String id) {
        html.append("<dt>").append(label).append("</dt><dd id=\"").append(id).append("\">").append(escape(value)).append("</dd>");
    }

    private static String time(Instant instant) {
        return instant == null ? null : MINUTE.format(instant);
    }
}
