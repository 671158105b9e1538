package org.lingong.platform.api.content;

import java.time.Instant;

/** A 直播带岗 session (live-streamed job promotion). */
public record LiveSession(long id, String title, String host, String channel, Instant startsAt, Instant endsAt,
                          String detail) {
}
