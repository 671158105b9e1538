package org.lingong.platform.server.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lingong.platform.api.events.DeviceState;
import org.lingong.platform.api.heartbeat.DeviceReport;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.api.signing.RequestSigner;
import org.lingong.platform.api.signing.SignatureHeaders;
import org.lingong.platform.server.testing.HttpResult;
import org.lingong.platform.server.testing.PlatformClient;
import org.lingong.platform.server.testing.PlatformHttpTest;
import org.lingong.platform.server.testing.TestTerminal;

class SignedRequestTest extends PlatformHttpTest {

    private static final byte[] HEARTBEAT = PlatformClient.json(new Heartbeat("1.2.3",
            List.of(new DeviceReport("printer", DeviceState.PAPER_LOW, null)), 3, 120, 5_000_000_000L, 0));

    @Test
    void enrolledTerminalSendsASignedHeartbeat() {
        TestTerminal terminal = client.enroll(HOHHOT.code());

        HttpResult answer = client.signed(terminal, "POST", "/api/v1/heartbeats", HEARTBEAT);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("configVersion").asLong()).as("no remote configuration set for it yet").isZero();
        assertThat(answer.json().has("jobsCursor")).isTrue();
    }

    @Test
    void unsignedTerminalRequestIsRefused() {
        HttpResult answer = client.send("POST", "/api/v1/heartbeats", HEARTBEAT, Map.of());

        assertRefused(answer, "missing-signature");
    }

    @Test
    void unknownTerminalIsRefused() {
        RequestSigner stranger = new RequestSigner("TNOSUCH0001", Ed25519Keys.generate().getPrivate());

        HttpResult answer = client.send("POST", "/api/v1/heartbeats", HEARTBEAT,
                stranger.sign("POST", "/api/v1/heartbeats", HEARTBEAT));

        assertRefused(answer, "unknown-terminal");
    }

    @Test
    void signatureByAnotherKeyIsRefused() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        RequestSigner impostor = new RequestSigner(terminal.id(), Ed25519Keys.generate().getPrivate());

        HttpResult answer = client.send("POST", "/api/v1/heartbeats", HEARTBEAT,
                impostor.sign("POST", "/api/v1/heartbeats", HEARTBEAT));

        assertRefused(answer, "bad-signature");
    }

    @Test
    void bodyChangedAfterSigningIsRefused() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        Map<String, String> headers = terminal.signer().sign("POST", "/api/v1/heartbeats", HEARTBEAT);
        byte[] altered = new String(HEARTBEAT, StandardCharsets.UTF_8).replace("1.2.3", "6.6.6")
                .getBytes(StandardCharsets.UTF_8);

        assertRefused(client.send("POST", "/api/v1/heartbeats", altered, headers), "bad-signature");
    }

    @Test
    void signatureOverAnotherQueryIsRefused() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        Map<String, String> headers = terminal.signer().sign("GET", "/api/v1/jobs?since=0", null);

        assertRefused(client.send("GET", "/api/v1/jobs?since=5", null, headers), "bad-signature");
    }

    @Test
    void timestampOutsideTheSkewIsRefusedBothWays() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        long now = System.currentTimeMillis();

        for (long timestamp : new long[] {now - 6 * 60_000, now + 6 * 60_000}) {
            Map<String, String> headers = terminal.signer().sign("POST", "/api/v1/heartbeats", HEARTBEAT, timestamp,
                    terminal.signer().newNonce());
            assertRefused(client.send("POST", "/api/v1/heartbeats", HEARTBEAT, headers), "stale-timestamp");
        }
    }

    @Test
    void replayedNonceIsRefusedEvenWithAFreshSignature() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        Map<String, String> first = terminal.signer().sign("POST", "/api/v1/heartbeats", HEARTBEAT);
        assertThat(client.send("POST", "/api/v1/heartbeats", HEARTBEAT, first).status()).isEqualTo(200);

        HttpResult replay = client.send("POST", "/api/v1/heartbeats", HEARTBEAT, first);
        Map<String, String> sameNonce = terminal.signer().sign("POST", "/api/v1/heartbeats", HEARTBEAT,
                System.currentTimeMillis() + 1, first.get(SignatureHeaders.NONCE));
        HttpResult resigned = client.send("POST", "/api/v1/heartbeats", HEARTBEAT, sameNonce);

        assertRefused(replay, "replayed-nonce");
        assertRefused(resigned, "replayed-nonce");
    }

    @Test
    void revokedTerminalIsRefused() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        assertThat(client.operator("POST", "/api/v1/operator/terminals/" + terminal.id() + "/revoke", null).status())
                .isEqualTo(204);

        assertRefused(client.signed(terminal, "POST", "/api/v1/heartbeats", HEARTBEAT), "revoked-terminal");
    }

    @Test
    void malformedSignatureHeadersAreRefused() {
        TestTerminal terminal = client.enroll(HOHHOT.code());
        Map<String, String> headers = new LinkedHashMap<>(terminal.signer().sign("POST", "/api/v1/heartbeats", HEARTBEAT));
        headers.put(SignatureHeaders.TIMESTAMP, "yesterday");

        assertRefused(client.send("POST", "/api/v1/heartbeats", HEARTBEAT, headers), "malformed-signature");
    }

    @Test
    void enrollmentCodeWorksOnlyOnce() {
        HttpResult code = client.operator("POST", "/api/v1/operator/enrollment-codes",
                PlatformClient.json(Map.of("stationCode", HOHHOT.code())));
        String text = code.json().get("code").asString();
        client.enrollWith(HOHHOT.code(), text);

        HttpResult second = client.send("POST", "/api/v1/enrollments", PlatformClient.json(Map.of("stationCode",
                HOHHOT.code(), "enrollmentCode", text, "publicKey",
                Ed25519Keys.encodePublicKey(Ed25519Keys.generate().getPublic()))), Map.of());

        assertThat(second.status()).isEqualTo(403);
        assertThat(second.reason()).isEqualTo("invalid-enrollment-code");
    }

    @Test
    void enrollmentCodeOfAnotherStationIsRefused() {
        HttpResult code = client.operator("POST", "/api/v1/operator/enrollment-codes",
                PlatformClient.json(Map.of("stationCode", HOHHOT.code())));

        HttpResult answer = client.send("POST", "/api/v1/enrollments", PlatformClient.json(Map.of("stationCode",
                BAOTOU.code(), "enrollmentCode", code.json().get("code").asString(), "publicKey",
                Ed25519Keys.encodePublicKey(Ed25519Keys.generate().getPublic()))), Map.of());

        assertThat(answer.reason()).isEqualTo("invalid-enrollment-code");
    }

    @Test
    void enrollmentWithAGarbageKeyIsRefusedWithoutUsingTheCode() {
        HttpResult code = client.operator("POST", "/api/v1/operator/enrollment-codes",
                PlatformClient.json(Map.of("stationCode", HOHHOT.code())));
        String text = code.json().get("code").asString();

        HttpResult answer = client.send("POST", "/api/v1/enrollments", PlatformClient.json(Map.of("stationCode",
                HOHHOT.code(), "enrollmentCode", text, "publicKey", "bm90IGEga2V5")), Map.of());

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.reason()).isEqualTo("invalid-public-key");
        assertThat(client.enrollWith(HOHHOT.code(), text).id()).startsWith("T");
    }

    @Test
    void operatorEndpointsNeedOperatorCredentials() {
        HttpResult anonymous = client.send("POST", "/api/v1/operator/enrollment-codes",
                PlatformClient.json(Map.of("stationCode", HOHHOT.code())), Map.of());
        TestTerminal terminal = client.enroll(HOHHOT.code());
        HttpResult asTerminal = client.signed(terminal, "GET", "/api/v1/operator/terminals", null);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(anonymous.reason()).isEqualTo("operator-credentials-required");
        assertThat(asTerminal.status()).isEqualTo(403);
    }

    private static void assertRefused(HttpResult answer, String reason) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.isProblem()).as(answer.toString()).isTrue();
        assertThat(answer.reason()).isEqualTo(reason);
        assertThat(answer.json().get("type").asString()).isEqualTo("https://lingong.org/problems/" + reason);
        assertThat(answer.json().get("detail").asString()).isNotBlank();
    }
}
