package org.lingong.platform.server.terminals;

import java.security.PublicKey;
import java.time.Instant;

/** An enrolled terminal as the signature check needs it. */
public record Terminal(String id, String stationCode, String regionCode, PublicKey publicKey, Instant revokedAt) {

    public boolean isRevoked() {
        return revokedAt != null;
    }
}
