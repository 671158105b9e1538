package org.lingong.platform.api.events;

/**
 * Payload of {@code STAFF_CALLED} (呼叫工作人员): someone at the kiosk asked for help. Anonymous.
 *
 * @param screen the screen the call came from, an upper-case code such as {@code FIND_JOB} (at most 40 characters)
 */
public record StaffCall(String screen) implements EventPayload {
}
