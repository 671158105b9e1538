package org.lingong.platform.server.heartbeat;

import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.api.heartbeat.HeartbeatAck;
import org.lingong.platform.api.signing.SignatureHeaders;
import org.lingong.platform.server.signing.NonceClaim;
import org.lingong.platform.server.signing.SignedRequestFilter;
import org.lingong.platform.server.terminals.Terminal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
class HeartbeatController {

    private final HeartbeatService heartbeats;

    HeartbeatController(HeartbeatService heartbeats) {
        this.heartbeats = heartbeats;
    }

    @PostMapping("/api/v1/heartbeats")
    HeartbeatAck heartbeat(@RequestAttribute(SignedRequestFilter.TERMINAL_ATTRIBUTE) Terminal terminal,
                           @RequestHeader(SignatureHeaders.TIMESTAMP) long signedAtMillis,
                           @RequestBody Heartbeat heartbeat) {
        return heartbeats.record(NonceClaim.spentBy(terminal), heartbeat, signedAtMillis);
    }
}
