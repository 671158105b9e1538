package org.lingong.platform.server.content;

import java.time.Instant;

/**
 * One content item as stored. {@code regionCode} is a GB/T 2260 prefix ('15' = all of Inner
 * Mongolia); {@code stationCode} is set for service items of one station.
 */
public record ContentRow(long id, ContentKind kind, String regionCode, String stationCode, String title,
                         String organizer, String location, Instant startsAt, Instant endsAt, String detail,
                         boolean flag, int sortOrder) {
}
