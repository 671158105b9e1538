package org.lingong.platform.server.slipcheck;

import java.net.URI;
import java.util.Optional;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.accounts.SignedIn;
import java.util.Set;
import org.lingong.platform.server.config.PlatformProperties;
import org.lingong.platform.server.pages.PageHtml;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /v/<token>}: the link in a slip's QR code. Anyone sees the verdict; a signed-in employer, station staff or
 * operator records 到岗 and the outcome (POST with the session's CSRF token; see
 * {@code config.SlipCheckAndStatsSecurityConfig}).
 */
@RestController
class SlipCheckController {

    /** Authorities that may record on a slip, and the words for them in {@code recorded_by}. */
    private static final Set<String> RECORDERS = Set.of("ROLE_OPERATOR", "ROLE_STATION_STAFF", "ROLE_EMPLOYER");

    private final SlipCheckService slips;
    private final CurrentAccount account;
    private final boolean demo;

    SlipCheckController(SlipCheckService slips, CurrentAccount account, PlatformProperties properties) {
        this.slips = slips;
        this.account = account;
        this.demo = properties.demo().enabled();
    }

    @GetMapping("/v/{token}")
    ResponseEntity<String> page(@PathVariable String token, @RequestParam(name = "r", required = false) String result,
                                Authentication authentication, CsrfToken csrf) {
        boolean recorder = recorder(authentication).isPresent();
        SlipCheck check = slips.check(token, recorder ? account.get() : Optional.empty());
        SlipCheckPage.Viewer viewer = recorder
                ? new SlipCheckPage.Viewer(authentication.getName(), PageHtml.csrfField(csrf.getParameterName(), csrf.getToken()))
                : SlipCheckPage.Viewer.ANONYMOUS;
        return PageHtml.answer(check.malformed() ? 400 : 200, SlipCheckPage.render(check, viewer, result, demo));
    }

    /** Needs a login (the security chain sends anyone else to {@code /login} and back here), then shows the slip. */
    @GetMapping("/v/{token}/login")
    ResponseEntity<Void> afterLogin(@PathVariable String token) {
        return seeOther(token, null);
    }

    @PostMapping("/v/{token}/{action}")
    ResponseEntity<?> record(@PathVariable String token, @PathVariable String action, Authentication authentication) {
        Optional<SlipAction> tapped = SlipAction.ofPath(action);
        Optional<String> role = recorder(authentication);
        Optional<SignedIn> who = account.get();
        if (tapped.isEmpty() || role.isEmpty() || who.isEmpty() || token.length() > SlipCheckService.MAX_TOKEN_LENGTH) {
            return PageHtml.answer(404, PageHtml.head("未找到", "") + "<p>没有这个操作。</p></body></html>");
        }
        String recordedBy = authentication.getName() + " (" + role.get().substring("ROLE_".length()).toLowerCase() + ")";
        return switch (slips.record(token, tapped.get(), who.get(), recordedBy)) {
            case RECORDED -> seeOther(token, "recorded-" + tapped.get().path());
            case ALREADY -> seeOther(token, "already");
            case NOT_NOW -> seeOther(token, "not-now");
            case NOT_CHECKABLE -> seeOther(token, "not-checkable");
            case NOT_YOURS -> seeOther(token, "not-yours");
        };
    }

    private static Optional<String> recorder(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(RECORDERS::contains)
                .findFirst();
    }

    private static ResponseEntity<Void> seeOther(String token, String result) {
        if (token.length() > SlipCheckService.MAX_TOKEN_LENGTH || !token.matches("[A-Za-z0-9._-]+")) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/v/invalid")).build();
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/v/" + token + (result == null ? "" : "?r=" + result))).build();
    }
}
