package org.lingong.platform.server.content;

import java.time.Instant;
import org.lingong.platform.api.content.PolicyPage;

/**
 * One content item as stored. {@code regionCode} is a GB/T 2260 prefix ('15' = all of Inner
 * Mongolia); {@code stationCode} is set for service items of one station; {@code linkUrl} is the https stream link
 * of a 直播带岗 session or the full text of a policy page (null otherwise). A policy page (政策) keeps its summary in
 * {@code detail}, where to go in {@code location}, and who qualifies and what to bring in fields of its own.
 * {@code mongolianTitle} is a service item's name in traditional Mongolian script (null when there is none, and for
 * other kinds).
 */
public record ContentRow(long id, ContentKind kind, String regionCode, String stationCode, String title,
                         String organizer, String location, Instant startsAt, Instant endsAt, String detail,
                         boolean flag, int sortOrder, String linkUrl, String whoQualifies, String whatToBring,
                         String mongolianTitle) {

    /** A row that is not a policy page, with its Mongolian title (or null). */
    public ContentRow(long id, ContentKind kind, String regionCode, String stationCode, String title, String organizer,
                      String location, Instant startsAt, Instant endsAt, String detail, boolean flag, int sortOrder,
                      String linkUrl, String mongolianTitle) {
        this(id, kind, regionCode, stationCode, title, organizer, location, startsAt, endsAt, detail, flag, sortOrder,
                linkUrl, null, null, mongolianTitle);
    }

    /** A row that is not a policy page, without a Mongolian title. */
    public ContentRow(long id, ContentKind kind, String regionCode, String stationCode, String title, String organizer,
                      String location, Instant startsAt, Instant endsAt, String detail, boolean flag, int sortOrder,
                      String linkUrl) {
        this(id, kind, regionCode, stationCode, title, organizer, location, startsAt, endsAt, detail, flag, sortOrder,
                linkUrl, null, null, null);
    }

    /** The row of a policy page for the stations under {@code regionCode} (its id is ignored). */
    public static ContentRow policy(String regionCode, PolicyPage page) {
        return new ContentRow(0, ContentKind.POLICY, regionCode, null, page.title(), null, page.whereToGo(), null, null,
                page.summary(), false, 0, page.fullTextUrl(), page.whoQualifies(), page.whatToBring(), null);
    }

    /** This row as the kiosk's policy page. */
    public PolicyPage policyPage() {
        return new PolicyPage(id, title, detail, whoQualifies, whatToBring, location, linkUrl);
    }

    /** A row without a link. */
    public ContentRow(long id, ContentKind kind, String regionCode, String stationCode, String title, String organizer,
                      String location, Instant startsAt, Instant endsAt, String detail, boolean flag, int sortOrder) {
        this(id, kind, regionCode, stationCode, title, organizer, location, startsAt, endsAt, detail, flag, sortOrder,
                null);
    }
}
