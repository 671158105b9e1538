package org.lingong.platform.api.content;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice shown on the attract screen.
 *
 * @param publishedAt when it is valid from
 * @param validUntil  the last day it is valid (Asia/Shanghai), or {@code null} for no end; the platform leaves an
 *                    announcement out of the bundle after that day
 */
public record Announcement(long id, String title, String body, Instant publishedAt, LocalDate validUntil) {

    /** An announcement without an end. */
    public Announcement(long id, String title, String body, Instant publishedAt) {
        this(id, title, body, publishedAt, null);
    }
}
