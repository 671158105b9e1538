package org.lingong.platform.server.heartbeat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.events.DeviceState;
import org.lingong.platform.api.heartbeat.DeviceReport;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.server.content.ContentKind;
import org.lingong.platform.server.content.ContentRepository;
import org.lingong.platform.server.content.ContentRow;
import org.lingong.platform.server.stations.Station;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class HeartbeatTest extends PlatformHttpTest {

    /** A station of its own (鄂尔多斯 1506), so no other test has cached its versions. */
    private static final Station ORDOS = new Station("NM-150602-T09", "东胜区测试驿站", "1506", "150602", "东胜测试路");

    @Autowired
    ContentRepository content;

    @Test
    void answerTellsWhetherTheKioskContentIsOutdatedAndRecordsTheFleetState() {
        stations.save(ORDOS);
        content.insert(new ContentRow(0, ContentKind.ANNOUNCEMENT, "1506", null, "鄂尔多斯招聘周", null, null,
                Instant.now(), null, "通知", false, 0));
        TestTerminal terminal = client.enroll(ORDOS.code());

        JsonNode outdated = heartbeat(terminal, 0);
        JsonNode current = heartbeat(terminal, outdated.get("contentVersion").asLong());
        HttpResult bundle = client.signed(terminal, "GET", "/api/v1/content", null);
        JsonNode fleet = client.operator("GET", "/api/v1/operator/terminals", null).json();

        assertThat(outdated.get("contentPending").asBoolean()).isTrue();
        assertThat(current.get("contentPending").asBoolean()).isFalse();
        assertThat(bundle.json().get("version").asLong()).isEqualTo(outdated.get("contentVersion").asLong());
        assertThat(bundle.json().get("announcements").valueStream().map(a -> a.get("title").asString()))
                .contains("鄂尔多斯招聘周");
        JsonNode row = fleet.valueStream().filter(t -> t.get("id").asString().equals(terminal.id())).findFirst().orElseThrow();
        assertThat(row.get("deviceStates").asString()).isEqualTo("printer=PAPER_LOW, idcard=ONLINE");
        assertThat(row.get("outboxDepth").asInt()).isEqualTo(7);
        assertThat(row.get("appVersion").asString()).isEqualTo("4.0.1");
    }

    @Test
    void unknownDeviceStateIsAProblem() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        byte[] body = ("{\"appVersion\":\"1\",\"devices\":[{\"device\":\"printer\",\"state\":\"ON_FIRE\"}],"
                + "\"outboxDepth\":0,\"oldestOutboxAgeSeconds\":0,\"diskFreeBytes\":1,\"contentVersion\":0}").getBytes();

        HttpResult answer = client.signed(terminal, "POST", "/api/v1/heartbeats", body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.reason()).isEqualTo("unknown-enum-value");
    }

    private JsonNode heartbeat(TestTerminal terminal, long contentVersion) {
        HttpResult answer = client.signed(terminal, "POST", "/api/v1/heartbeats", PlatformClient.json(new Heartbeat("4.0.1",
                List.of(new DeviceReport("printer", DeviceState.PAPER_LOW, null),
                        new DeviceReport("idcard", DeviceState.ONLINE, null)), 7, 30, 2_000_000_000L, contentVersion)));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }
}
