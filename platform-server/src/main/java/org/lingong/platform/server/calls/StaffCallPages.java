package org.lingong.platform.server.calls;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToLongFunction;
import org.lingong.platform.server.pages.Html;
import org.lingong.platform.server.pages.Page;
import org.lingong.platform.server.support.DbTime;
import org.springframework.security.web.csrf.CsrfToken;

/** The HTML of the live call list: one row (a card on a phone) per open call, with its 马上到 button. */
final class StaffCallPages {

    /** Call times in the stations' zone (Asia/Shanghai), never the server's. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(DbTime.STATS_ZONE);

    private StaffCallPages() {
    }

    static String list(List<OpenCall> calls, ToLongFunction<OpenCall> waitingMinutes, CsrfToken csrf) {
        StringBuilder html = new StringBuilder("<p>终端上有人按了“呼叫工作人员”。点“马上到”后，终端在下一次心跳（约一分钟内）"
                + "告诉等候的人：工作人员马上就到。本页每15秒自动刷新；呼叫30分钟后或该次使用结束后不再列出。</p>");
        html.append("<div class=\"wrap\"><table id=\"calls\" class=\"cards\"><tr class=\"head\"><th>驿站</th><th>终端</th>")
                .append("<th>呼叫时间</th><th>已等候</th><th>页面</th><th>处理</th></tr>");
        for (OpenCall call : calls) {
            html.append("<tr id=\"call-").append(call.callId()).append("\"><td data-label=\"驿站\">")
                    .append(Html.escape(call.stationName())).append("</td><td data-label=\"终端\">")
                    .append(Html.escape(call.terminalId())).append("</td><td data-label=\"呼叫时间\">")
                    .append(TIME.format(call.calledAt())).append("</td><td data-label=\"已等候\">")
                    .append(waitingMinutes.applyAsLong(call)).append(" 分钟</td><td data-label=\"页面\">")
                    .append(Html.escape(call.screen() == null ? "" : call.screen())).append("</td><td data-label=\"处理\">")
                    .append(answer(call, csrf)).append("</td></tr>");
        }
        if (calls.isEmpty()) {
            html.append("<tr><td colspan=\"6\" id=\"no-calls\">暂无呼叫</td></tr>");
        }
        return html.append("</table></div>").toString();
    }

    private static String answer(OpenCall call, CsrfToken csrf) {
        if (call.acknowledged()) {
            return "<span class=\"acknowledged\">已确认马上到（" + Html.escape(call.acknowledgedBy()) + " "
                    + TIME.format(call.acknowledgedAt()) + "）</span>";
        }
        return "<form method=\"post\" action=\"/console/calls/" + call.callId() + "/acknowledge\">"
                + Page.csrfField(csrf) + "<button type=\"submit\" class=\"acknowledge\">确认，马上到</button></form>";
    }
}
