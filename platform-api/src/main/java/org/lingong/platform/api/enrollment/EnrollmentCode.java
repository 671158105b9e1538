package org.lingong.platform.api.enrollment;

import java.time.Instant;

/** A one-time enrollment code; {@code reusable} only for the demo code. */
public record EnrollmentCode(String code, String stationCode, Instant expiresAt, boolean reusable) {
}
