package org.lingong.platform.api.events;

/** Payload of {@code REFERRAL_ISSUED}: the slip's token; its claims must match the sending terminal. */
public record ReferralIssued(String token) implements EventPayload {
}
