package org.lingong.platform.api.enrollment;

/**
 * Unsigned first request of a terminal.
 *
 * @param stationCode    the station the terminal belongs to
 * @param enrollmentCode one-time code created by an operator for that station
 * @param publicKey      the terminal's Ed25519 public key, standard base64 of X.509 SubjectPublicKeyInfo
 * @param appVersion     kiosk software version, free text up to 40 chars
 */
public record EnrollmentRequest(String stationCode, String enrollmentCode, String publicKey, String appVersion) {
}
