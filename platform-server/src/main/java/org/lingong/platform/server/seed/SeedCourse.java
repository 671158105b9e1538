package org.lingong.platform.server.seed;

import java.time.LocalDate;

/**
 * A vocational training class.
 *
 * @param hours class hours (学时)
 * @param subsidy how the course is paid for, e.g. "免费（职业技能提升行动补贴）"
 */
public record SeedCourse(String code, String title, String provider, String districtCode,
                         LocalDate startDate, LocalDate endDate, int hours, String subsidy, int seats) {
}
