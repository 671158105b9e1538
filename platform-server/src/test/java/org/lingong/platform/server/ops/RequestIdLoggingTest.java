package org.lingong.platform.server.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.platform.server.testing.Fixtures.batch;
import static org.lingong.platform.server.testing.Fixtures.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The kiosk's X-Request-Id shows in the server's log line of that request (console pattern of application.yml),
 * and a value of the wrong shape is left out.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestIdLoggingTest extends PlatformHttpTest {

    private static final String SAFE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-";

    static Stream<String> acceptedIds() {
        Random random = new Random(20261205);
        Stream<String> generated = Stream.generate(() -> randomId(random, 1 + random.nextInt(64))).limit(6);
        return Stream.concat(Stream.of(UUID.randomUUID().toString(), "k".repeat(64), "a"), generated);
    }

    static Stream<String> refusedIds() {
        return Stream.of("k".repeat(65), "", "two words", "id]{evil}", "id%0d%0aINFO forged", "a\tb", "<script>", "a/b", "x\"y");
    }

    @ParameterizedTest
    @MethodSource("acceptedIds")
    void theLogLineOfASignedBatchCarriesTheKiosksRequestId(String requestId, CapturedOutput output) {
        TestTerminal terminal = client.enroll(HOHHOT.code());

        post(terminal, requestId);

        assertThat(lineOfBatchFrom(terminal, output)).contains("[" + requestId + "]");
    }

    @ParameterizedTest
    @MethodSource("refusedIds")
    void aRequestIdOfTheWrongShapeIsIgnored(String requestId, CapturedOutput output) {
        TestTerminal terminal = client.enroll(HOHHOT.code());

        post(terminal, requestId);

        String line = lineOfBatchFrom(terminal, output);
        assertThat(line).contains(" [-] ");
        if (!requestId.isEmpty()) {
            assertThat(line).doesNotContain(requestId);
        }
    }

    private void post(TestTerminal terminal, String requestId) {
        byte[] body = PlatformClient.json(batch(event("FEEDBACK", null, Map.of("rating", 4))));
        Map<String, String> headers = new HashMap<>(terminal.signer().sign("POST", "/api/v1/events:batch", body));
        headers.put(RequestIdFilter.HEADER, requestId);
        HttpResult result = client.send("POST", "/api/v1/events:batch", body, headers);
        assertThat(result.status()).as(result.toString()).isEqualTo(200);
    }

    private static String lineOfBatchFrom(TestTerminal terminal, CapturedOutput output) {
        List<String> lines = output.getOut().lines().filter(l -> l.contains("Batch from " + terminal.id())).toList();
        assertThat(lines).as(output.getOut()).hasSize(1);
        return lines.get(0);
    }

    private static String randomId(Random random, int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(SAFE.charAt(random.nextInt(SAFE.length())));
        }
        return id.toString();
    }
}
