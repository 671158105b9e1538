package org.lingong.testing.platform;

/** A station row of the platform's {@code station} table. */
public record Station(String code, String name, String regionCode, String districtCode, String address) {
}
