package org.lingong.platform.server.accounts;

import java.time.Instant;

/** A row of {@code account}. */
public record Account(String username, String passwordHash, Role role, String displayName, String regionCode,
                      String stationCode, Long employerId, int failedLogins, Instant lockedUntil, boolean enabled,
                      Instant createdAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
