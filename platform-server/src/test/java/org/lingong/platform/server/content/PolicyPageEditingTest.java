package org.lingong.platform.server.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.audit.AuditTrail;
import org.lingong.platform.server.testing.ConsolePeople;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Policy pages (政策) authored in the console's 政策 section over real HTTP, like every other content section: a page
 * created, changed or removed by a 盟市 operator reaches that region's kiosks in their next content fetch under a
 * higher version, each change is audited, another region neither sees nor changes it, and the form and the JSON API
 * name a wrong field.
 */
class PolicyPageEditingTest extends PlatformHttpTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AuditTrail audit;

    private ConsoleSession baotou;

    @BeforeEach
    void operators() {
        ConsolePeople.operator(accounts, "policy-bt", "150200");
        ConsolePeople.operator(accounts, "policy-hh", "150100");
        baotou = new ConsoleSession(port);
        baotou.logIn("policy-bt", ConsolePeople.PASSWORD);
    }

    @Test
    void aPolicyWrittenInTheConsoleReachesTheRegionsKiosksAndItsChangeAndRemovalToo() {
        TestTerminal kiosk = client.enroll(BAOTOU.code());
        TestTerminal hohhotKiosk = client.enroll(HOHHOT.code());
        long before = bundle(kiosk).get("version").asLong();

        assertThat(save(null, policy("包头灵活就业社保补贴")).status()).isEqualTo(303);
        long id = idOf("包头灵活就业社保补贴");
        JsonNode created = bundle(kiosk);
        assertThat(created.get("version").asLong()).isGreaterThan(before);
        JsonNode page = page(created, "包头灵活就业社保补贴");
        assertThat(page.get("summary").asString()).isEqualTo("交了灵活就业社保的人，可以申请一部分补贴。");
        assertThat(page.get("whoQualifies").asString()).isEqualTo("就业困难人员、离校两年内未就业高校毕业生");
        assertThat(page.get("whatToBring").asString()).isEqualTo("身份证、社保缴费凭证");
        assertThat(page.get("whereToGo").asString()).isEqualTo("昆都仑区公共就业服务中心 3号窗口");
        assertThat(page.get("fullTextUrl").asString()).isEqualTo("https://rst.nmg.gov.cn/policy/2024-12");
        assertThat(titles(bundle(hohhotKiosk))).doesNotContain("包头灵活就业社保补贴");

        Map<String, String> changed = policy("包头灵活就业社保补贴（2025年起）");
        changed.remove("fullTextUrl");
        assertThat(save(id, changed).status()).isEqualTo(303);
        JsonNode afterEdit = bundle(kiosk);
        assertThat(afterEdit.get("version").asLong()).isGreaterThan(created.get("version").asLong());
        assertThat(titles(afterEdit)).contains("包头灵活就业社保补贴（2025年起）").doesNotContain("包头灵活就业社保补贴");
        assertThat(page(afterEdit, "包头灵活就业社保补贴（2025年起）").hasNonNull("fullTextUrl")).as("no full text any more").isFalse();
        assertThat(baotou.get("/console/content/policies/" + id).body()).contains("身份证、社保缴费凭证");

        assertThat(baotou.postForm("/console/content/policies/" + id + "/delete",
                Map.of("_csrf", csrf("/console/content/policies/" + id)), Map.of()).status()).isEqualTo(303);
        JsonNode removed = bundle(kiosk);
        assertThat(titles(removed)).doesNotContain("包头灵活就业社保补贴（2025年起）");
        assertThat(removed.get("version").asLong()).isGreaterThan(afterEdit.get("version").asLong());
        assertThat(audit.latest("1502", 50)).extracting(e -> e.actor() + " " + e.action() + " " + e.target())
                .contains("policy-bt content.create content:" + id, "policy-bt content.update content:" + id,
                        "policy-bt content.remove content:" + id);
    }

    @Test
    void theApiWritesPoliciesInTheOperatorsRegionOnlyAndNamesAWrongField() {
        PlatformClient api = new PlatformClient(port, "policy-bt", ConsolePeople.PASSWORD);
        HttpResult created = api.operator("POST", "/api/v1/operator/content/policies",
                PlatformClient.json(policy("创业担保贷款")));
        assertThat(created.status()).isEqualTo(201);
        JsonNode view = created.json();
        assertThat(view.get("section").asString()).isEqualTo("policies");
        assertThat(view.get("summary").asString()).isEqualTo("交了灵活就业社保的人，可以申请一部分补贴。");
        assertThat(view.get("whereToGo").asString()).isEqualTo("昆都仑区公共就业服务中心 3号窗口");
        assertThat(view.has("detail")).as("a policy's fields are its own").isFalse();
        long id = view.get("id").asLong();
        TestTerminal kiosk = client.enroll(BAOTOU.code());
        assertThat(titles(bundle(kiosk))).contains("创业担保贷款");

        Map<String, String> wrong = policy("");
        wrong.put("summary", "");
        wrong.put("fullTextUrl", "http://rst.nmg.gov.cn/policy");
        assertThat(api.operator("PUT", "/api/v1/operator/content/policies/" + id, PlatformClient.json(wrong)).body())
                .contains("invalid-content", "title: ", "summary: ", "fullTextUrl: 全文链接必须以 https:// 开头");
        ConsoleSession.Response page = save(null, wrong);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"summary-error\"", "id=\"fullTextUrl-error\"");

        PlatformClient hohhot = new PlatformClient(port, "policy-hh", ConsolePeople.PASSWORD);
        assertThat(hohhot.operator("GET", "/api/v1/operator/content/policies/" + id, null).status()).isEqualTo(404);
        assertThat(hohhot.operator("DELETE", "/api/v1/operator/content/policies/" + id, null).status()).isEqualTo(404);
        assertThat(hohhot.operator("GET", "/api/v1/operator/content/policies", null).body()).doesNotContain("创业担保贷款");
        assertThat(api.operator("DELETE", "/api/v1/operator/content/policies/" + id, null).status()).isEqualTo(204);
        assertThat(titles(bundle(kiosk))).doesNotContain("创业担保贷款");
    }

    private JsonNode bundle(TestTerminal kiosk) {
        return client.signed(kiosk, "GET", "/api/v1/content", null).json();
    }

    private static List<String> titles(JsonNode bundle) {
        return bundle.get("policies").valueStream().map(n -> n.get("title").asString()).toList();
    }

    private static JsonNode page(JsonNode bundle, String title) {
        return bundle.get("policies").valueStream().filter(n -> n.get("title").asString().equals(title)).findFirst()
                .orElseThrow();
    }

    private ConsoleSession.Response save(Long id, Map<String, String> form) {
        Map<String, String> posted = new LinkedHashMap<>(form);
        posted.put("_csrf", csrf("/console/content/policies/new"));
        return baotou.postForm("/console/content/policies" + (id == null ? "" : "/" + id), posted, Map.of());
    }

    private String csrf(String page) {
        return ConsoleSession.csrfToken(baotou.get(page).body());
    }

    private long idOf(String title) {
        Matcher m = Pattern.compile("href=\"/console/content/policies/(\\d+)\">" + Pattern.quote(title) + "<")
                .matcher(baotou.get("/console/content/policies").body());
        assertThat(m.find()).as("%s listed", title).isTrue();
        return Long.parseLong(m.group(1));
    }

    static Map<String, String> policy(String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("region", "1502");
        form.put("title", title);
        form.put("summary", "交了灵活就业社保的人，可以申请一部分补贴。");
        form.put("whoQualifies", "就业困难人员、离校两年内未就业高校毕业生");
        form.put("whatToBring", "身份证、社保缴费凭证");
        form.put("whereToGo", "昆都仑区公共就业服务中心 3号窗口");
        form.put("fullTextUrl", "https://rst.nmg.gov.cn/policy/2024-12");
        return form;
    }
}
