package org.lingong.platform.server.calls;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.pages.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The console's live list of 呼叫工作人员 ({@code /console/calls}) for operators (their region) and station staff
 * (their station), refreshed by the browser every 15 s, and its 马上到 button. A call that is not the viewer's, ended
 * or unknown is a 404 page; answering a call twice shows the list again.
 */
@RestController
class StaffCallsController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final String PATH = "/console/calls";

    private final StaffCallDesk desk;
    private final CurrentAccount current;

    StaffCallsController(StaffCallDesk desk, CurrentAccount current) {
        this.desk = desk;
        this.current = current;
    }

    @GetMapping(PATH)
    ResponseEntity<String> list(CsrfToken csrf) {
        SignedIn who = current.require();
        String html = Page.render("呼叫工作人员", who, csrf, StaffCallPages.list(desk.open(who), desk::waitingMinutes, csrf));
        return ResponseEntity.ok().header("Refresh", "15").contentType(HTML).body(html);
    }

    @PostMapping(PATH + "/{id}/acknowledge")
    ResponseEntity<String> acknowledge(@PathVariable String id, CsrfToken csrf) {
        SignedIn who = current.require();
        Optional<UUID> callId = parse(id);
        if (callId.isEmpty() || desk.acknowledge(who, callId.get()) == StaffCallDesk.Acknowledgement.NOT_FOUND) {
            return Page.notFound(Page.render("没有这个呼叫", who, csrf,
                    "<p>没有这个呼叫：它已结束、超过30分钟，或不在您的辖区。</p><p><a href=\"" + PATH + "\">返回呼叫列表</a></p>"));
        }
        return Page.seeOther(PATH);
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
