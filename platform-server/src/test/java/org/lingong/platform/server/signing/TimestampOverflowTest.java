package org.lingong.platform.server.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.events.DeviceState;
import org.lingong.platform.api.heartbeat.DeviceReport;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * A correctly signed request whose timestamp is so old that {@code now - timestamp} overflows is stale. The server's
 * clock stands still here, so the test hits the one millisecond (now − 2^63) where the plain difference is
 * {@code Long.MIN_VALUE} and its absolute value negative.
 */
@Import(TimestampOverflowTest.StoppedClock.class)
class TimestampOverflowTest extends PlatformHttpTest {

    private static final Instant NOW = Instant.now();

    @TestConfiguration(proxyBeanMethods = false)
    static class StoppedClock {
        @Bean
        @Primary
        Clock stoppedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    private static final byte[] HEARTBEAT = PlatformClient.json(new Heartbeat("1.2.3",
            List.of(new DeviceReport("printer", DeviceState.ONLINE, null)), 0, 0, 1_000_000L, 0));

    @Test
    void timestampNearNowMinusTwoToTheSixtyThirdIsStaleEveryTime() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        long timestamp = NOW.toEpochMilli() + Long.MIN_VALUE;
        Map<String, String> headers = terminal.signer().sign("POST", "/api/v1/heartbeats", HEARTBEAT, timestamp,
                terminal.signer().newNonce());
        Map<String, String> onTime = terminal.signer().sign("POST", "/api/v1/heartbeats", HEARTBEAT,
                NOW.toEpochMilli(), terminal.signer().newNonce());

        HttpResult first = client.send("POST", "/api/v1/heartbeats", HEARTBEAT, headers);
        HttpResult replay = client.send("POST", "/api/v1/heartbeats", HEARTBEAT, headers);
        HttpResult control = client.send("POST", "/api/v1/heartbeats", HEARTBEAT, onTime);

        assertThat(control.status()).as("same terminal, timestamp = server time: " + control).isEqualTo(200);

        for (HttpResult answer : List.of(first, replay)) {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThat(answer.isProblem()).as(answer.toString()).isTrue();
            assertThat(answer.reason()).isEqualTo("stale-timestamp");
        }
    }

    @Test
    void extremeTimestampsAreStale() {
        TestTerminal terminal = client.enroll(HOHHOT.code());

        for (long timestamp : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1, -1}) {
            Map<String, String> headers = terminal.signer().sign("POST", "/api/v1/heartbeats", HEARTBEAT, timestamp,
                    terminal.signer().newNonce());
            HttpResult answer = client.send("POST", "/api/v1/heartbeats", HEARTBEAT, headers);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
            assertThat(answer.reason()).as(answer.toString()).isEqualTo("stale-timestamp");
        }
    }
}
