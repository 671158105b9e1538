package org.lingong.platform.server.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.Fixtures.batch;
import static org.lingong.platform.server.testing.Fixtures.event;
import static org.lingong.platform.server.testing.Fixtures.idNumber;
import static org.lingong.platform.server.testing.Fixtures.worker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.platform.api.events.EmploymentStatus;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformProcess;
import org.lingong.platform.server.testing.PostgresSchema;
import org.lingong.platform.server.testing.TestTerminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An event the platform answered ACCEPTED is on disk at that moment: the real platform (a child JVM with the shipped
 * configuration) is SIGKILLed right after the answer, started again on the same files, and the same batch sent
 * again must come back DUPLICATE event by event. Prints how many acknowledged events were lost.
 */
class AcknowledgedEventsSurviveKillTest {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgedEventsSurviveKillTest.class);
    private static final int EVENTS = 300;
    private static final String STATION = "ST-150102-001";
    private static final String OPERATOR_PASSWORD = "kill-test-" + UUID.randomUUID();

    /** H2 as shipped, H2 with an operator's URL that leaves the write delay out, PostgreSQL. */
    static Stream<String> stores() {
        return Stream.of("H2", "H2 URL without WRITE_DELAY", "PostgreSQL");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stores")
    void everyAcknowledgedEventSurvivesKillNine(String store, @TempDir Path workDir) {
        PostgresSchema schema = store.startsWith("H2") ? null : new PostgresSchema();
        try {
            if (schema != null) {
                schema.assumeAvailable();
            }
            List<String> arguments = arguments(store, schema);
            byte[] body = PlatformClient.json(batch(events().toArray()));

            PlatformProcess first = PlatformProcess.start(workDir, arguments);
            TestTerminal terminal;
            HttpResult acknowledged;
            long batchMillis;
            try {
                PlatformClient client = first.client("operator", OPERATOR_PASSWORD);
                terminal = enrollOnceSeeded(client);
                long start = System.nanoTime();
                acknowledged = client.signed(terminal, "POST", "/api/v1/events:batch", body);
                batchMillis = (System.nanoTime() - start) / 1_000_000;
            } finally {
                first.killHard();
            }
            PlatformProcess second = PlatformProcess.start(workDir, arguments);
            HttpResult resent;
            try {
                resent = second.client("operator", OPERATOR_PASSWORD).signed(terminal, "POST", "/api/v1/events:batch", body);
            } finally {
                second.killHard();
            }

            assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
            assertThat(acknowledged.json().get("accepted").asInt()).as(acknowledged.toString()).isEqualTo(EVENTS);
            assertThat(resent.status()).as("resend after kill -9 on %s: %s", store, resent).isEqualTo(200);
            int lost = EVENTS - resent.json().get("duplicates").asInt();
            log.info("{}: {} of {} acknowledged events lost by kill -9 right after the answer (batch took {} ms)", store,
                    lost, EVENTS, batchMillis);
            assertThat(lost).as("acknowledged events lost on %s", store).isZero();
        } finally {
            if (schema != null) {
                schema.drop();
            }
        }
    }

    /** The demo data is loaded after the server starts listening: until then the station is unknown. */
    private static TestTerminal enrollOnceSeeded(PlatformClient client) {
        for (int attempt = 1; ; attempt++) {
            try {
                return client.enroll(STATION);
            } catch (IllegalStateException stationNotSeededYet) {
                if (attempt == 600) {
                    throw stationNotSeededYet;
                }
                LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            }
        }
    }

    /** The shipped configuration of the store (H2 file under ./data of the working directory, or PostgreSQL). */
    private static List<String> arguments(String store, PostgresSchema schema) {
        List<String> arguments = new ArrayList<>(List.of("--platform.demo.seed-jobs=20",
                "--platform.operator.password=" + OPERATOR_PASSWORD, "--logging.level.root=WARN",
                "--spring.datasource.hikari.minimum-idle=1"));
        if (schema == null) {
            arguments.add("--spring.profiles.active=demo");
            if (!store.equals("H2")) {
                arguments.add("--spring.datasource.url=jdbc:h2:file:./data/platform;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
            }
        } else {
            arguments.add("--spring.profiles.active=postgres,demo");
            schema.properties().forEach((key, value) -> arguments.add("--" + key + "=" + value));
        }
        return arguments;
    }

    private static List<Map<String, Object>> events() {
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            events.add(switch (i % 3) {
                case 0 -> event("WORKER_REGISTERED", "kill-" + i,
                        worker(idNumber("15010219800101" + String.format("%03d", i)), "周" + "一二三四五".charAt(i % 5),
                                EmploymentStatus.UNEMPLOYED));
                case 1 -> event("FEEDBACK", null, Map.of("rating", 1 + i % 5));
                default -> event("DEVICE_STATUS", null, Map.of("device", "printer", "state", "PAPER_LOW"));
            });
        }
        return events;
    }
}
