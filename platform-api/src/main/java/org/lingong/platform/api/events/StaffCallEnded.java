package org.lingong.platform.api.events;

import java.util.UUID;

/**
 * Payload of {@code STAFF_CALL_ENDED}: the session of an open 呼叫工作人员 ended (the person left, or staff came and the
 * session timed out), so the console's live call list drops the call. Anonymous.
 *
 * @param callEventId the event id of the {@code STAFF_CALLED} event this ends
 */
public record StaffCallEnded(UUID callEventId) implements EventPayload {
}
