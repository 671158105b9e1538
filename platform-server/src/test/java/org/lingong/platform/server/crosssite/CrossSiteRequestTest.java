package org.lingong.platform.server.crosssite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;

/** Operator API calls that an operator's browser would send for another site are refused; kiosks and scripts pass. */
class CrossSiteRequestTest extends PlatformHttpTest {

    @ParameterizedTest(name = "{0} {1} with {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            POST   | /api/v1/operator/terminals/{id}/revoke | Origin: https://evil.example    | 403
            POST   | /api/v1/operator/terminals/{id}/revoke | Sec-Fetch-Site: cross-site      | 403
            POST   | /api/v1/operator/terminals/{id}/revoke | Sec-Fetch-Site: same-site       | 403
            POST   | /api/v1/operator/terminals/{id}/revoke | Origin: null                    | 403
            POST   | /api/v1/operator/terminals/{id}/revoke | Origin: http://127.0.0.1:1      | 403
            POST   | /api/v1/operator/enrollment-codes      | Origin: https://evil.example    | 403
            POST   | /api/v1/operator/jobs                  | Sec-Fetch-Site: cross-site      | 403
            PUT    | /api/v1/operator/jobs/1                | Origin: https://evil.example    | 403
            DELETE | /api/v1/operator/jobs/1                | Sec-Fetch-Site: cross-site      | 403
            POST   | /api/v1/operator/terminals/{id}/revoke | Sec-Fetch-Site: same-origin     | 204
            POST   | /api/v1/operator/terminals/{id}/revoke | Sec-Fetch-Site: none            | 204
            POST   | /api/v1/operator/terminals/{id}/revoke | Origin: http://127.0.0.1:{port} | 204
            """)
    void unsafeOperatorCallsFromAnotherSiteAreRefusedBeforeAnythingChanges(String method, String path, String header,
                                                                           int expected) {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        String[] nameAndValue = header.split(": ", 2);
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", client.operatorAuthorization());
        headers.put(nameAndValue[0], nameAndValue[1].replace("{port}", Integer.toString(port)));

        HttpResult answer = client.send(method, path.replace("{id}", terminal.id()),
                "POST".equals(method) || "PUT".equals(method) ? "{}".getBytes() : null, headers);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(expected);
        if (expected == 403) {
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.reason()).isEqualTo("cross-site-request");
            assertThat(heartbeat(terminal).status()).as("the terminal was not revoked").isEqualTo(200);
        } else {
            assertThat(heartbeat(terminal).reason()).isEqualTo("revoked-terminal");
        }
    }

    @Test
    void scriptsWithoutBrowserHeadersAndSignedKioskRequestsKeepWorking() {
        TestTerminal terminal = client.enroll(BAOTOU.code());

        HttpResult heartbeat = heartbeat(terminal);
        HttpResult script = client.operator("POST", "/api/v1/operator/terminals/" + terminal.id() + "/revoke", null);

        assertThat(heartbeat.status()).isEqualTo(200);
        assertThat(script.status()).isEqualTo(204);
    }

    @Test
    void aCrossSitePostIsRefusedBeforeItsCredentialsAreLookedAt() {
        HttpResult answer = client.send("POST", "/api/v1/operator/enrollment-codes", "{}".getBytes(),
                Map.of("Origin", "https://evil.example", "Authorization", "Basic b3BlcmF0b3I6d3Jvbmc="));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.reason()).isEqualTo("cross-site-request");
    }

    private HttpResult heartbeat(TestTerminal terminal) {
        return client.signed(terminal, "POST", "/api/v1/heartbeats",
                PlatformClient.json(new Heartbeat("1.0", List.of(), 0, 0, 0, 0)));
    }
}
