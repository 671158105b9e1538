package org.lingong.platform.api.content;

import java.time.Instant;

/** A notice shown on the attract screen. */
public record Announcement(long id, String title, String body, Instant publishedAt) {
}
