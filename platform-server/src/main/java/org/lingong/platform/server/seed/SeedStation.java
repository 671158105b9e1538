package org.lingong.platform.server.seed;

/**
 * A 零工驿站 / 零工市场 / 家门口就业服务站.
 *
 * @param code "ST-" + district code + "-" + three-digit number, e.g. "ST-150102-001"
 * @param regionCode first four digits of {@code districtCode}
 * @param phone fictional landline: area code, "-", then seven digits starting with 0 (not dialable)
 * @param openingHours free text, e.g. "周一至周日 07:30-18:00"
 */
public record SeedStation(String code, String name, String districtCode, String regionCode,
                          String address, String phone, String openingHours) {
}
