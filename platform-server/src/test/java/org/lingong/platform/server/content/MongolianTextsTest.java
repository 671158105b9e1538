package org.lingong.platform.server.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobStatus;
import org.lingong.platform.api.jobs.PayUnit;
import org.lingong.platform.server.accounts.AccountService;
import org.lingong.platform.server.testing.ConsolePeople;
import org.lingong.platform.server.testing.ConsoleSession;
import org.lingong.platform.server.testing.Fixtures;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The optional Mongolian texts (issue 15) over real HTTP: a job's Mongolian title, a service item's Mongolian name and
 * the work types' Mongolian names reach a terminal as sent; a job or item without one (an old client's JSON, an old
 * row) has no such field, and a terminal built before the field reads the new JSON as before.
 */
class MongolianTextsTest extends PlatformHttpTest {

    private static final String SHEARING_WANTED = "ᠬᠣᠨᠢ ᠬᠢᠷᠢᠭᠠᠬᠤ ᠬᠡᠷᠡᠭᠲᠡᠢ";
    private static final String REGISTRATION = "ᠠᠵᠢᠯ ᠬᠠᠢᠭᠴᠢ ᠶᠢᠨ ᠪᠦᠷᠢᠳᠬᠡᠯ";

    /** {@link Job} as terminals had it before the Mongolian title. */
    record JobBeforeMongolian(long id, String title, String category, String employer, String contactName,
                              String contactPhone, String districtCode, String districtName, String address,
                              BigDecimal payAmount, PayUnit payUnit, int headcount, LocalDate startDate,
                              LocalDate endDate, String workHours, String requirements, boolean mealsProvided,
                              boolean lodgingProvided, JobStatus status, Instant updatedAt) {
    }

    /** Reads as the kiosk's backend client does (unknown fields ignored). */
    private static final JsonMapper TERMINAL_JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Autowired
    AccountService accounts;

    @Test
    void aJobsMongolianTitleRoundTripsAndAJobFromAnOldClientHasNone() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        Map<String, Object> withTitle = draft("剪羊毛工（蒙古文）");
        withTitle.put("mongolianTitle", SHEARING_WANTED);
        Map<String, Object> oldClient = draft("没有蒙古文的岗位");

        long mongolian = create(withTitle);
        long chineseOnly = create(oldClient);

        List<JsonNode> jobs = allJobs(terminal);
        JsonNode sent = byId(jobs, mongolian);
        JsonNode plain = byId(jobs, chineseOnly);
        assertThat(sent.get("mongolianTitle").asString()).isEqualTo(SHEARING_WANTED);
        assertThat(plain.has("mongolianTitle")).as("a job without a Mongolian title sends no field").isFalse();
        assertThat(TERMINAL_JSON.treeToValue(sent, Job.class).mongolianTitle()).isEqualTo(SHEARING_WANTED);
        assertThat(TERMINAL_JSON.treeToValue(plain, Job.class).mongolianTitle()).isNull();
        assertThat(TERMINAL_JSON.treeToValue(sent, JobBeforeMongolian.class).title()).isEqualTo("剪羊毛工（蒙古文）");
        assertThat(client.operator("GET", "/api/v1/operator/jobs/" + mongolian, null).json().get("mongolianTitle")
                .asString()).isEqualTo(SHEARING_WANTED);
    }

    @Test
    void aTooLongMongolianTitleIsRefused() {
        Map<String, Object> tooLong = draft("太长的蒙古文");
        tooLong.put("mongolianTitle", "ᠠ".repeat(201));

        HttpResult refused = client.operator("POST", "/api/v1/operator/jobs", PlatformClient.json(tooLong));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("mongolianTitle");
    }

    @Test
    void aServiceItemsMongolianNameFromTheConsoleFormReachesTheKioskAndAnItemWithoutOneHasNone() {
        ConsolePeople.operator(accounts, "mongolian-hh", "150100");
        ConsoleSession console = new ConsoleSession(port);
        console.logIn("mongolian-hh", ConsolePeople.PASSWORD);
        TestTerminal kiosk = client.enroll(HOHHOT.code());

        assertThat(console.get("/console/content/services/new").body()).contains("name=\"titleMn\"");
        assertThat(save(console, service("求职登记（蒙）", REGISTRATION)).status()).isEqualTo(303);
        assertThat(save(console, service("只有中文的事项", "")).status()).isEqualTo(303);

        List<JsonNode> items = client.signed(kiosk, "GET", "/api/v1/content", null).json().get("serviceItems")
                .valueStream().toList();
        assertThat(byName(items, "求职登记（蒙）").get("mongolianName").asString()).isEqualTo(REGISTRATION);
        assertThat(byName(items, "只有中文的事项").has("mongolianName")).isFalse();
        PlatformClient api = new PlatformClient(port, "mongolian-hh", ConsolePeople.PASSWORD);
        assertThat(api.operator("GET", "/api/v1/operator/content/services", null).json().valueStream()
                .filter(item -> item.get("title").asString().equals("求职登记（蒙）")).findFirst().orElseThrow()
                .get("titleMn").asString()).isEqualTo(REGISTRATION);
    }

    @Test
    void workTypesCarryAMongolianNameWhereThePlatformHasOne() {
        TestTerminal terminal = client.enroll(HOHHOT.code());

        List<JsonNode> categories = client.signed(terminal, "GET", "/api/v1/content", null).json()
                .get("workCategories").valueStream().toList();

        assertThat(byCode(categories, "G601").get("mongolianName").asString()).isEqualTo("ᠬᠣᠨᠢ ᠬᠢᠷᠢᠭᠠᠬᠤ");
        assertThat(byCode(categories, "G102").has("mongolianName")).as("钢筋工 has no Mongolian name yet").isFalse();
    }

    private static Map<String, Object> draft(String title) {
        @SuppressWarnings("unchecked")
        Map<String, Object> draft = new LinkedHashMap<>(PlatformClient.JSON.convertValue(
                Fixtures.job(title, "150102"), Map.class));
        draft.remove("mongolianTitle");
        return draft;
    }

    private long create(Map<String, Object> draft) {
        HttpResult created = client.operator("POST", "/api/v1/operator/jobs", PlatformClient.json(draft));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private List<JsonNode> allJobs(TestTerminal terminal) {
        List<JsonNode> jobs = new java.util.ArrayList<>();
        String cursor = "0";
        boolean more = true;
        while (more) {
            JsonNode page = client.signed(terminal, "GET", "/api/v1/jobs?since=" + cursor + "&limit=500", null).json();
            page.get("jobs").forEach(jobs::add);
            cursor = page.get("nextCursor").asString();
            more = page.get("hasMore").asBoolean();
        }
        return jobs;
    }

    private static Map<String, String> service(String title, String mongolian) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("region", "1501");
        form.put("title", title);
        form.put("titleMn", mongolian);
        form.put("sortOrder", "7");
        form.put("detail", "");
        return form;
    }

    private static ConsoleSession.Response save(ConsoleSession session, Map<String, String> form) {
        Map<String, String> posted = new LinkedHashMap<>(form);
        posted.put("_csrf", ConsoleSession.csrfToken(session.get("/console/content/services/new").body()));
        return session.postForm("/console/content/services", posted, Map.of());
    }

    private static JsonNode byId(List<JsonNode> nodes, long id) {
        return nodes.stream().filter(n -> n.get("id").asLong() == id).findFirst().orElseThrow();
    }

    private static JsonNode byName(List<JsonNode> nodes, String name) {
        return nodes.stream().filter(n -> n.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    private static JsonNode byCode(List<JsonNode> nodes, String code) {
        return nodes.stream().filter(n -> n.get("code").asString().equals(code)).findFirst().orElseThrow();
    }
}
