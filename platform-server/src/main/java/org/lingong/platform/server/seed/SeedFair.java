package org.lingong.platform.server.seed;

import java.time.LocalDate;

/**
 * A job fair (招聘会).
 *
 * @param hours local time range, e.g. "09:00-12:00"
 */
public record SeedFair(String code, String title, String venue, String districtCode, LocalDate date,
                       String hours, int employerCount, int positionCount) {
}
