package org.lingong.platform.api.remote;

import java.util.UUID;

/** @param detail a short technical note (at most 200 characters, no personal data), e.g. the failure's cause */
public record CommandResult(UUID id, CommandOutcome outcome, String detail) {
}
