package org.lingong.platform.server.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.jobs.JobDraft;
import org.lingong.platform.server.testing.Fixtures;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import tools.jackson.databind.JsonNode;

class JobSyncTest extends PlatformHttpTest {

    @Test
    void terminalSeesOnlyJobsOfItsRegion() {
        TestTerminal hohhot = client.enroll(HOHHOT.code());
        String cursor = drain(hohhot, "0").cursor();
        long inHohhot = create(Fixtures.job("新城区保洁", "150102"));
        long inBaotou = create(Fixtures.job("昆区搬运", "150203"));
        long inTumed = create(Fixtures.job("土左旗秋收", "150121"));

        Sync sync = drain(hohhot, cursor);

        assertThat(sync.jobIds()).contains(inHohhot, inTumed).doesNotContain(inBaotou);
    }

    @Test
    void updatesAndDeletionsArriveAfterTheCursorAsJobsAndTombstones() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        long kept = create(Fixtures.job("回民区装卸", "150103"));
        long removed = create(Fixtures.job("赛罕区发传单", "150105"));
        String cursor = drain(terminal, "0").cursor();

        HttpResult update = client.operator("PUT", "/api/v1/operator/jobs/" + kept,
                PlatformClient.json(Fixtures.job("回民区装卸（加急）", "150103")));
        HttpResult delete = client.operator("DELETE", "/api/v1/operator/jobs/" + removed, null);
        Sync sync = drain(terminal, cursor);

        assertThat(update.status()).isEqualTo(200);
        assertThat(delete.status()).isEqualTo(204);
        assertThat(sync.jobIds()).containsExactly(kept);
        assertThat(sync.titles()).containsExactly("回民区装卸（加急）");
        assertThat(sync.tombstoneIds()).containsExactly(removed);
        assertThat(drain(terminal, sync.cursor()).jobIds()).isEmpty();
        assertThat(client.operator("GET", "/api/v1/operator/jobs/" + removed, null).status()).isEqualTo(404);
    }

    @Test
    void jobMovedToAnotherRegionIsATombstoneForTheOldRegion() {
        TestTerminal hohhot = client.enroll(HOHHOT.code());
        TestTerminal baotou = client.enroll(BAOTOU.code());
        long id = create(Fixtures.job("先在呼市", "150102"));
        String hohhotCursor = drain(hohhot, "0").cursor();
        String baotouCursor = drain(baotou, "0").cursor();

        client.operator("PUT", "/api/v1/operator/jobs/" + id, PlatformClient.json(Fixtures.job("改到包头", "150203")));

        assertThat(drain(hohhot, hohhotCursor).tombstoneIds()).containsExactly(id);
        assertThat(drain(baotou, baotouCursor).titles()).containsExactly("改到包头");
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        String start = drain(terminal, "0").cursor();
        for (int i = 0; i < 7; i++) {
            create(Fixtures.job("分页测试" + i, "150104"));
        }
        String cursor = start;
        List<Long> seen = new java.util.ArrayList<>();
        int pages = 0;
        boolean more = true;
        while (more) {
            JsonNode page = get(terminal, "/api/v1/jobs?since=" + cursor + "&limit=3");
            page.get("jobs").forEach(j -> seen.add(j.get("id").asLong()));
            cursor = page.get("nextCursor").asString();
            more = page.get("hasMore").asBoolean();
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
    }

    @Test
    void theSamePageAskedAgainAfterAChangeShowsTheChangeAtOnce() {
        TestTerminal hohhot = client.enroll(HOHHOT.code());
        TestTerminal other = client.enroll(HOHHOT.code());
        String cursor = drain(hohhot, "0").cursor();
        long edited = create(Fixtures.job("页缓存原题", "150102"));
        long moved = create(Fixtures.job("页缓存将搬走", "150102"));
        String page = "/api/v1/jobs?since=" + cursor + "&limit=50";
        JsonNode before = get(hohhot, page);
        assertThat(get(other, page)).as("another terminal of the region gets the same page").isEqualTo(before);

        client.operator("PUT", "/api/v1/operator/jobs/" + edited, PlatformClient.json(Fixtures.job("页缓存新题", "150102")));
        JsonNode afterEdit = get(other, page);
        client.operator("PUT", "/api/v1/operator/jobs/" + moved, PlatformClient.json(Fixtures.job("搬到包头", "150203")));
        JsonNode afterMove = get(hohhot, page);
        long added = create(Fixtures.job("页缓存新增", "150103"));
        JsonNode afterAdd = get(other, page);

        assertThat(titles(before)).containsExactly("页缓存原题", "页缓存将搬走");
        assertThat(titles(afterEdit)).containsExactly("页缓存将搬走", "页缓存新题");
        assertThat(titles(afterMove)).containsExactly("页缓存新题");
        assertThat(afterMove.get("tombstones").get(0).get("id").asLong()).isEqualTo(moved);
        assertThat(titles(afterAdd)).containsExactly("页缓存新题", "页缓存新增");
        assertThat(afterAdd.get("jobs").get(1).get("id").asLong()).isEqualTo(added);
        assertThat(afterAdd.get("nextCursor").asString()).isNotEqualTo(afterMove.get("nextCursor").asString());
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new java.util.ArrayList<>();
        page.get("jobs").forEach(j -> titles.add(j.get("title").asString()));
        return titles;
    }

    @Test
    void jobCarriesTheFieldsAWorkerNeeds() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        String cursor = drain(terminal, "0").cursor();
        create(Fixtures.job("字段检查", "150102"));

        JsonNode job = get(terminal, "/api/v1/jobs?since=" + cursor).get("jobs").get(0);

        assertThat(job.get("payAmount").decimalValue()).isEqualByComparingTo("180");
        assertThat(job.get("payUnit").asString()).isEqualTo("DAY");
        assertThat(job.get("startDate").asString()).isEqualTo("2026-12-01");
        assertThat(job.get("districtCode").asString()).isEqualTo("150102");
        assertThat(job.get("mealsProvided").asBoolean()).isTrue();
        assertThat(job.get("updatedAt").asString()).endsWith("Z");
    }

    @Test
    void invalidDraftsAndCursorsAreProblems() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        JobDraft backwards = Fixtures.job("倒着的日期", "150102");
        Map<String, Object> badDates = new java.util.LinkedHashMap<>(PlatformClient.JSON.convertValue(backwards, Map.class));
        badDates.put("endDate", "2026-11-01");
        Map<String, Object> impossible = new java.util.LinkedHashMap<>(badDates);
        impossible.put("startDate", "2026-02-30");
        Map<String, Object> badUnit = new java.util.LinkedHashMap<>(PlatformClient.JSON.convertValue(backwards, Map.class));
        badUnit.put("payUnit", "WEEKLY");
        Map<String, Object> badDistrict = new java.util.LinkedHashMap<>(PlatformClient.JSON.convertValue(backwards, Map.class));
        badDistrict.put("districtCode", "15A102");

        assertThat(client.operator("POST", "/api/v1/operator/jobs", PlatformClient.json(badDates)).reason()).isEqualTo("invalid-date");
        assertThat(client.operator("POST", "/api/v1/operator/jobs", PlatformClient.json(impossible)).reason()).isEqualTo("invalid-date");
        assertThat(client.operator("POST", "/api/v1/operator/jobs", PlatformClient.json(badUnit)).reason()).isEqualTo("unknown-enum-value");
        assertThat(client.operator("POST", "/api/v1/operator/jobs", PlatformClient.json(badDistrict)).reason()).isEqualTo("invalid-value");
        assertThat(client.signed(terminal, "GET", "/api/v1/jobs?since=abc", null).reason()).isEqualTo("invalid-cursor");
        assertThat(client.signed(terminal, "GET", "/api/v1/jobs?since=0&limit=0", null).reason()).isEqualTo("invalid-parameter");
    }

    private long create(JobDraft draft) {
        HttpResult created = client.operator("POST", "/api/v1/operator/jobs", PlatformClient.json(draft));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private JsonNode get(TestTerminal terminal, String path) {
        HttpResult result = client.signed(terminal, "GET", path, null);
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
        return result.json();
    }

    private Sync drain(TestTerminal terminal, String cursor) {
        Sync sync = new Sync(cursor, new java.util.ArrayList<>(), new java.util.ArrayList<>(), new java.util.ArrayList<>());
        boolean more = true;
        while (more) {
            JsonNode page = get(terminal, "/api/v1/jobs?since=" + sync.cursor + "&limit=500");
            page.get("jobs").forEach(j -> {
                sync.jobIds.add(j.get("id").asLong());
                sync.titles.add(j.get("title").asString());
            });
            page.get("tombstones").forEach(t -> sync.tombstoneIds.add(t.get("id").asLong()));
            sync.cursor = page.get("nextCursor").asString();
            more = page.get("hasMore").asBoolean();
        }
        return sync;
    }

    private static final class Sync {
        String cursor;
        final List<Long> jobIds;
        final List<String> titles;
        final List<Long> tombstoneIds;

        Sync(String cursor, List<Long> jobIds, List<String> titles, List<Long> tombstoneIds) {
            this.cursor = cursor;
            this.jobIds = jobIds;
            this.titles = titles;
            this.tombstoneIds = tombstoneIds;
        }

        String cursor() {
            return cursor;
        }

        List<Long> jobIds() {
            return jobIds;
        }

        List<String> titles() {
            return titles;
        }

        List<Long> tombstoneIds() {
            return tombstoneIds;
        }
    }
}
