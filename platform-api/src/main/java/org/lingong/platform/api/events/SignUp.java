package org.lingong.platform.api.events;

/** Payload of {@code SIGN_UP}: an anonymous-by-default sign-up for a course, fair or 直播带岗 session. */
public record SignUp(SignUpTarget target, long itemId) implements EventPayload {
}
