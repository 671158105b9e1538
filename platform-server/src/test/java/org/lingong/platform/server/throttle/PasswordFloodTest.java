package org.lingong.platform.server.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.test.context.TestPropertySource;

/**
 * Bad operator logins from a crowd of addresses (each within its own burst) cannot keep bcrypt busy: after the shared
 * burst every try is refused before hashing, while signed terminal requests go on being answered.
 */
@TestPropertySource(properties = {"server.forward-headers-strategy=native",
        "platform.throttle.login-all-clients.burst=4", "platform.throttle.login-all-clients.refill-every=1h",
        "platform.throttle.concurrent-password-checks=1"})
class PasswordFloodTest extends PlatformHttpTest {

    @Test
    void aCrowdOfBadLoginsIsCutOffBeforeHashingAndTerminalsAreStillServed() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        List<Integer> statuses = new ArrayList<>();
        List<Integer> heartbeats = new ArrayList<>();

        for (int i = 0; i < 12; i++) {
            String basic = "Basic " + Base64.getEncoder().encodeToString(("operator:guess-" + i).getBytes(StandardCharsets.UTF_8));
            statuses.add(client.send("GET", "/api/v1/operator/terminals", null,
                    Map.of("Authorization", basic, "X-Forwarded-For", "203.0.113." + i)).status());
            heartbeats.add(client.signed(terminal, "POST", "/api/v1/heartbeats",
                    PlatformClient.json(new Heartbeat("1.0", List.of(), 0, 0, 0, 0))).status());
        }

        assertThat(statuses.subList(0, 4)).containsOnly(401);
        assertThat(statuses.subList(4, 12)).containsOnly(429);
        assertThat(heartbeats).containsOnly(200);
    }
}
