package org.lingong.kiosk.content;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;
import org.lingong.platform.api.events.SignUpTarget;

/**
 * One course, fair or 直播带岗 session as the screens show it, its times in the station's zone.
 *
 * @param organiser  the course's provider, the fair's organiser or the session's host
 * @param place      the course's or fair's location, or the session's channel
 * @param end        the last day (courses, at 23:59) or the end time; {@code null} when not given
 * @param timed      fairs and sessions have times of day; courses only days
 * @param subsidised courses only: 政府补贴
 */
public record ContentEntry(SignUpTarget target, long id, String title, String organiser, String place,
                           LocalDateTime start, @Nullable LocalDateTime end, boolean timed, boolean subsidised,
                           String detail) {

    /** Over: its end has passed, or (no end) its day has. */
    public boolean isOver(LocalDateTime now) {
        if (end == null || !timed) {
            LocalDate lastDay = (end == null ? start : end).toLocalDate();
            return lastDay.isBefore(now.toLocalDate());
        }
        return !end.isAfter(now);
    }

    /** Begun: a course from its first day on, a fair or session from its start time. */
    public boolean hasBegun(LocalDateTime now) {
        return timed ? !start.isAfter(now) : start.toLocalDate().isBefore(now.toLocalDate());
    }
}
