package org.lingong.platform.server.audit;

import java.time.Instant;

/** One change: who ({@code actor}, a username or {@code system}), when, what ({@code action} on {@code target}). */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String detail,
                         String regionCode) {
}
