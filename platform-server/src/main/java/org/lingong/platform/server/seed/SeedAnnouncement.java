package org.lingong.platform.server.seed;

import java.time.LocalDate;

/**
 * A public announcement.
 *
 * @param districtCode issuing level: "150000" (自治区), a 盟市 code, or a county code
 */
public record SeedAnnouncement(String code, AnnouncementKind kind, String title, String body,
                               String districtCode, LocalDate publishedOn) {
}
