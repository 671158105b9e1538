package org.lingong.platform.server.content;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lingong.platform.api.content.ContactPolicy;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.pages.Form;
import org.lingong.platform.server.pages.FormErrors;
import org.lingong.platform.server.pages.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The contact policy (联系方式政策) of each 盟市 the operator covers, in one form: a select per 盟市 named
 * {@code policy.<code>}; only changed ones are saved (each raises that 盟市's content version and is audited).
 */
@RestController
class ContactPolicyPageController {

    static final String PATH = "/console/content/contact-policy";
    private static final String FIELD = "policy.";

    private final ContentEditor editor;
    private final CurrentAccount current;

    ContactPolicyPageController(ContentEditor editor, CurrentAccount current) {
        this.editor = editor;
        this.current = current;
    }

    @GetMapping(PATH)
    ResponseEntity<String> show(CsrfToken csrf) {
        Map<String, String> values = new HashMap<>();
        editor.policyValues(current.require()).forEach((code, policy) -> values.put(FIELD + code, policy));
        return Page.ok(page(new Form(values, new FormErrors()), csrf, false));
    }

    @PostMapping(PATH)
    ResponseEntity<String> save(@RequestParam Map<String, String> form, CsrfToken csrf) {
        SignedIn who = current.require();
        Map<String, String> before = editor.policyValues(who);
        FormErrors errors = new FormErrors();
        Map<String, ContactPolicy> changes = new HashMap<>();
        before.forEach((code, policy) -> {
            String chosen = form.getOrDefault(FIELD + code, policy);
            if (!chosen.equals(ContactPolicy.OPEN.name()) && !chosen.equals(ContactPolicy.GATED.name())) {
                errors.add(FIELD + code, "请选择 直接联系用工单位 或 经驿站联系");
            } else if (!chosen.equals(policy)) {
                changes.put(code, ContactPolicy.valueOf(chosen));
            }
        });
        if (!errors.isEmpty()) {
            return Page.invalid(page(new Form(form, errors), csrf, false));
        }
        changes.forEach((code, policy) -> editor.setContactPolicy(who, code, policy));
        Map<String, String> values = new HashMap<>();
        editor.policyValues(who).forEach((code, policy) -> values.put(FIELD + code, policy));
        return Page.ok(page(new Form(values, new FormErrors()), csrf, !changes.isEmpty()));
    }

    private String page(Form form, CsrfToken csrf, boolean saved) {
        SignedIn who = current.require();
        List<ContentEditor.RegionPolicy> policies = editor.policies(who);
        StringBuilder body = new StringBuilder(ContentPages.sections(null));
        if (saved) {
            body.append("<p class=\"ok\" id=\"saved\">已保存。辖区终端在下一次更新信息时取得。</p>");
        }
        body.append("<p>直接联系用工单位：终端显示并打印用工单位的电话。经驿站联系：终端只显示驿站自己的电话，由工作人员联系用工单位。</p>");
        if (policies.isEmpty()) {
            return Page.render("联系方式政策", who, csrf, body.append("<p class=\"note\">联系方式政策按盟市设置，由盟市或自治区经办人员修改。</p>").toString());
        }
        body.append("<form method=\"post\" action=\"").append(PATH).append("\" novalidate>").append(Page.csrfField(csrf));
        List<Form.Option> options = List.of(new Form.Option(ContactPolicy.OPEN.name(), ContentEditor.words(ContactPolicy.OPEN)),
                new Form.Option(ContactPolicy.GATED.name(), ContentEditor.words(ContactPolicy.GATED)));
        for (ContentEditor.RegionPolicy policy : policies) {
            body.append(form.select(policy.name() + "（" + policy.code() + "）", FIELD + policy.code(), options, null));
        }
        return Page.render("联系方式政策", who, csrf, body.append("<p><button type=\"submit\">保存</button></p></form>").toString());
    }
}
