package org.lingong.platform.api.enrollment;

/**
 * Operator request for a one-time enrollment code.
 *
 * @param validHours how long the code is valid, 1-720; {@code null} means 24
 */
public record EnrollmentCodeRequest(String stationCode, Integer validHours) {
}
