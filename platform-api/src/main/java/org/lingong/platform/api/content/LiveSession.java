package org.lingong.platform.api.content;

import java.time.Instant;

/**
 * A 直播带岗 session (live-streamed job promotion).
 *
 * @param channel   the streaming platform's name, e.g. 抖音
 * @param streamUrl the https link of the stream, or {@code null} (sessions made before links were kept)
 */
public record LiveSession(long id, String title, String host, String channel, Instant startsAt, Instant endsAt,
                          String detail, String streamUrl) {

    /** A session without a stream link. */
    public LiveSession(long id, String title, String host, String channel, Instant startsAt, Instant endsAt,
                       String detail) {
        this(id, title, host, channel, startsAt, endsAt, detail, null);
    }
}
