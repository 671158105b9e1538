package org.lingong.platform.api.referrals;

/** 到岗 check-in by an employer or staff; {@code recordedBy} is a name or role, free text up to 60. */
public record CheckInRequest(String recordedBy) {
}
