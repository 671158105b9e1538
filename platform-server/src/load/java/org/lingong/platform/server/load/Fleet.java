package org.lingong.platform.server.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lingong.platform.api.signing.Ed25519Keys;

/**
 * The terminals of one load run: enrolled over HTTP with a reusable enrollment code before the load starts, each with
 * its own key, as a kiosk enrolls. Also learns the region's latest job change, so delta syncs ask for recent pages.
 */
final class Fleet {

    record Terminal(String id, TerminalSigner signer) {
    }

    private static final Pattern TERMINAL_ID = Pattern.compile("\"terminalId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern JOBS_CURSOR = Pattern.compile("\"jobsCursor\"\\s*:\\s*\"([0-9]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final List<Terminal> terminals = new ArrayList<>();
    private volatile long latestJobChange;

    Fleet(String base) {
        this.base = base;
    }

    /** Enrolls {@code count} terminals at the station; fails on the first refusal. */
    void enroll(String stationCode, String enrollmentCode, int count) {
        for (int i = 0; i < count; i++) {
            KeyPair keys = Ed25519Keys.generate();
            String body = "{\"stationCode\":\"" + stationCode + "\",\"enrollmentCode\":\"" + enrollmentCode
                    + "\",\"publicKey\":\"" + Ed25519Keys.encodePublicKey(keys.getPublic()) + "\",\"appVersion\":\"load-1\"}";
            HttpResponse<String> answer = exchange("POST", "/api/v1/enrollments", body.getBytes(StandardCharsets.UTF_8),
                    Map.of());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("enrollment refused: " + answer.statusCode() + " " + answer.body());
            }
            String id = find(TERMINAL_ID, answer.body());
            terminals.add(new Terminal(id, new TerminalSigner(id, keys)));
        }
        byte[] heartbeat = Requests.heartbeat(0);
        Terminal first = terminals.get(0);
        HttpResponse<String> answer = exchange("POST", Requests.HEARTBEAT_PATH, heartbeat,
                first.signer().sign("POST", Requests.HEARTBEAT_PATH, heartbeat));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("first heartbeat refused: " + answer.statusCode() + " " + answer.body());
        }
        latestJobChange = Long.parseLong(find(JOBS_CURSOR, answer.body()));
    }

    Terminal any() {
        return terminals.get(ThreadLocalRandom.current().nextInt(terminals.size()));
    }

    int size() {
        return terminals.size();
    }

    long latestJobChange() {
        return latestJobChange;
    }

    private HttpResponse<String> exchange(String method, String path, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        request.header("Content-Type", "application/json");
        headers.forEach(request::header);
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("platform not reachable at " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String find(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("unexpected answer: " + json);
        }
        return matcher.group(1);
    }
}
