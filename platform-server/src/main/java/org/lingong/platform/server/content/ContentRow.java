package org.lingong.platform.server.content;

import java.time.Instant;

/**
 * One content item as stored. {@code regionCode} is a GB/T 2260 prefix ('15' = all of Inner
 * Mongolia); {@code stationCode} is set for service items of one station; {@code linkUrl} is the https stream link
 * of a 直播带岗 session (null otherwise); {@code mongolianTitle} is a service item's name in traditional Mongolian
 * script (null when there is none, and for other kinds).
 */
public record ContentRow(long id, ContentKind kind, String regionCode, String stationCode, String title,
                         String organizer, String location, Instant startsAt, Instant endsAt, String detail,
                         boolean flag, int sortOrder, String linkUrl, String mongolianTitle) {

    /** A row without a Mongolian title. */
    public ContentRow(long id, ContentKind kind, String regionCode, String stationCode, String title, String organizer,
                      String location, Instant startsAt, Instant endsAt, String detail, boolean flag, int sortOrder,
                      String linkUrl) {
        this(id, kind, regionCode, stationCode, title, organizer, location, startsAt, endsAt, detail, flag, sortOrder,
                linkUrl, null);
    }

    /** A row without a link. */
    public ContentRow(long id, ContentKind kind, String regionCode, String stationCode, String title, String organizer,
                      String location, Instant startsAt, Instant endsAt, String detail, boolean flag, int sortOrder) {
        this(id, kind, regionCode, stationCode, title, organizer, location, startsAt, endsAt, detail, flag, sortOrder,
                null);
    }
}
