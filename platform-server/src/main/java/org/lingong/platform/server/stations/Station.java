package org.lingong.platform.server.stations;

/** A 零工驿站; {@code regionCode} is the 4-digit 盟市 prefix whose jobs and content it receives. */
public record Station(String code, String name, String regionCode, String districtCode, String address) {
}
