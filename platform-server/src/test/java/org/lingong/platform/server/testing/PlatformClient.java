package org.lingong.platform.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.lingong.platform.api.enrollment.EnrollmentRequest;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.api.signing.RequestSigner;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for tests: signs terminal requests exactly as a kiosk does, sends operator
 * requests with HTTP Basic, and can send anything raw.
 */
public final class PlatformClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String operatorAuth;

    public PlatformClient(int port, String operatorUser, String operatorPassword) {
        this.base = "http://127.0.0.1:" + port;
        this.operatorAuth = "Basic " + Base64.getEncoder()
                .encodeToString((operatorUser + ":" + operatorPassword).getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] json(Object value) {
        return JSON.writeValueAsBytes(value);
    }

    /** Creates a one-time code for the station and enrolls a fresh key pair with it. */
    public TestTerminal enroll(String stationCode) {
        HttpResult code = operator("POST", "/api/v1/operator/enrollment-codes",
                json(Map.of("stationCode", stationCode)));
        if (code.status() != 201) {
            throw new IllegalStateException("enrollment code refused: " + code);
        }
        return enrollWith(stationCode, code.json().get("code").asString());
    }

    public TestTerminal enrollWith(String stationCode, String enrollmentCode) {
        KeyPair keys = Ed25519Keys.generate();
        HttpResult enrolled = send("POST", "/api/v1/enrollments", json(new EnrollmentRequest(stationCode,
                enrollmentCode, Ed25519Keys.encodePublicKey(keys.getPublic()), "test-1.0")), Map.of());
        if (enrolled.status() != 201) {
            throw new IllegalStateException("enrollment refused: " + enrolled);
        }
        String id = enrolled.json().get("terminalId").asString();
        return new TestTerminal(id, keys, new RequestSigner(id, keys.getPrivate()));
    }

    public HttpResult signed(TestTerminal terminal, String method, String pathWithQuery, byte[] body) {
        return send(method, pathWithQuery, body, terminal.signer().sign(method, pathWithQuery, body));
    }

    /** The operator's {@code Authorization} header value (HTTP Basic). */
    public String operatorAuthorization() {
        return operatorAuth;
    }

    public HttpResult operator(String method, String pathWithQuery, byte[] body) {
        return send(method, pathWithQuery, body, Map.of("Authorization", operatorAuth));
    }

    public HttpResult send(String method, String pathWithQuery, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathWithQuery))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new HttpResult(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
