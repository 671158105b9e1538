package org.lingong.platform.api.content;

import java.time.Instant;

/** A job fair (招聘会). */
public record JobFair(long id, String title, String organizer, String location, Instant startsAt, Instant endsAt,
                      String detail) {
}
