package org.lingong.platform.server.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformHttpTest;
import tools.jackson.databind.JsonNode;

/** Health, liveness and readiness over real HTTP with the database up; details only for operators. */
class HealthProbesTest extends PlatformHttpTest {

    @Test
    void anonymousCallersSeeOnlyTheStatus() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResult result = client.send("GET", path, null, Map.of());

            assertThat(result.status()).as(path).isEqualTo(200);
            assertThat(result.json().get("status").asString()).as(path).isEqualTo("UP");
            assertThat(result.json().has("components")).as(path + " " + result.body()).isFalse();
            assertThat(result.body()).as(path).doesNotContainIgnoringCase("h2").doesNotContain("database");
        }
    }

    @Test
    void operatorsSeeTheDatabaseInHealthAndReadiness() {
        JsonNode health = client.operator("GET", "/actuator/health", null).json();
        JsonNode readiness = client.operator("GET", "/actuator/health/readiness", null).json();
        JsonNode liveness = client.operator("GET", "/actuator/health/liveness", null).json();

        assertThat(health.at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(health.at("/components/db/details/database").asString()).isEqualTo("H2");
        assertThat(readiness.at("/components/db/status").asString()).isEqualTo("UP");
        assertThat(readiness.at("/components/readinessState/status").asString()).isEqualTo("UP");
        assertThat(liveness.at("/components/livenessState/status").asString()).isEqualTo("UP");
        assertThat(liveness.path("components").has("db")).as("a database outage must not restart the process").isFalse();
    }

    @Test
    void otherActuatorEndpointsAreClosed() {
        for (String path : new String[] {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/heapdump"}) {
            HttpResult anonymous = client.send("GET", path, null, Map.of());
            HttpResult operator = client.operator("GET", path, null);

            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(operator.status()).as(path).isEqualTo(403);
            assertThat(operator.isProblem()).as(path).isTrue();
            assertThat(operator.reason()).as(path).isEqualTo("forbidden");
        }
    }
}
