package org.lingong.platform.api.remote;

import java.time.Instant;
import java.util.UUID;

/** A command queued for one terminal; the kiosk executes each {@code id} at most once. */
public record RemoteCommand(UUID id, CommandKind kind, Instant issuedAt) {
}
