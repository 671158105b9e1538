package org.lingong.platform.server.heartbeat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.api.signing.SignatureHeaders;
import org.lingong.platform.server.problem.ApiException;
import org.lingong.platform.server.signing.NonceClaim;
import org.lingong.platform.server.signing.SignedEndpoint;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code POST /api/v1/heartbeats} on the fast lane ({@code signing.TerminalFastLane}): the same answer as
 * {@link HeartbeatController} for a JSON body without query parameters, read with the application's JSON mapper.
 */
@Component
class HeartbeatEndpoint implements SignedEndpoint {

    static final String PATH = "/api/v1/heartbeats";

    private final HeartbeatService heartbeats;
    private final ObjectMapper json;

    HeartbeatEndpoint(HeartbeatService heartbeats, ObjectMapper json) {
        this.heartbeats = heartbeats;
        this.json = json;
    }

    @Override
    public String method() {
        return "POST";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public boolean takes(HttpServletRequest request) {
        String type = request.getContentType();
        return request.getQueryString() == null && type != null && ("application/json".equalsIgnoreCase(type)
                || "application/json;charset=utf-8".equals(type.toLowerCase(Locale.ROOT).replace(" ", "")));
    }

    @Override
    public byte[] answer(NonceClaim nonce, HttpServletRequest request, byte[] body) {
        Heartbeat heartbeat = body.length == 0 ? null : json.readValue(body, Heartbeat.class);
        if (heartbeat == null) {
            // as Spring MVC refuses a missing @RequestBody (ProblemAdvice)
            throw new ApiException(400, "missing-body", "Missing body", "a JSON body is required");
        }
        long signedAt = Long.parseLong(request.getHeader(SignatureHeaders.TIMESTAMP));
        return json.writeValueAsBytes(heartbeats.record(nonce, heartbeat, signedAt));
    }
}
