package org.lingong.kiosk.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.lingong.kiosk.i18n.Messages;
import org.lingong.platform.api.events.SignUpTarget;

/**
 * The words for dates and times on the content screens, in the current language: 今天 / 明天 / 12月3日 周三, times
 * as 14:00, courses as "明天开课，到12月20日". Reads the clock on every call.
 */
public final class ContentTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final Clock clock;

    public ContentTexts(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** 今天, 明天, or the date with its weekday (and its year when that is not this year). */
    public String day(LocalDate day) {
        return day(day, false);
    }

    /** As {@link #day(LocalDate)}, inside a sentence (English: "until tomorrow"). */
    private String day(LocalDate day, boolean inSentence) {
        LocalDate today = LocalDate.now(clock);
        if (day.equals(today)) {
            return messages.get(inSentence ? "content.day.todayInSentence" : "content.day.today");
        }
        if (day.equals(today.plusDays(1))) {
            return messages.get(inSentence ? "content.day.tomorrowInSentence" : "content.day.tomorrow");
        }
        return messages.date(day.getYear() == today.getYear() ? "content.day.pattern" : "content.day.patternWithYear", day);
    }

    /** When it is, e.g. "明天 14:00–17:00", "明天开课，到12月20日", or "正在进行，到 17:00" once under way. */
    /** Where it takes place, or 请咨询工作人员 for an item that names no place. */
    public String place(ContentEntry entry) {
        return entry.place().isBlank() ? messages.get("content.place.askStaff") : entry.place();
    }

    public String when(ContentEntry entry) {
        LocalDateTime now = LocalDateTime.now(clock);
        if (!entry.timed()) {
            String until = entry.end() == null ? "" : day(entry.end().toLocalDate(), true);
            if (entry.hasBegun(now)) {
                return entry.end() == null ? messages.get("content.when.courseBegunOpen")
                        : messages.get("content.when.courseBegun", until);
            }
            String from = day(entry.start().toLocalDate(), true);
            return entry.end() == null ? messages.get("content.when.courseOpen", from)
                    : messages.get("content.when.course", from, until);
        }
        if (entry.hasBegun(now) && entry.end() != null) {
            return messages.get(entry.target() == SignUpTarget.LIVE_SESSION ? "content.when.liveNow"
                    : "content.when.timedBegun", TIME.format(entry.end()));
        }
        String start = day(entry.start().toLocalDate()) + " " + TIME.format(entry.start());
        if (entry.end() == null) {
            return start;
        }
        String end = entry.end().toLocalDate().equals(entry.start().toLocalDate()) ? TIME.format(entry.end())
                : day(entry.end().toLocalDate()) + " " + TIME.format(entry.end());
        return messages.get("content.when.timed", start, end);
    }

    /** "更新于 14:05" today, else with the day. */
    public String updated(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, clock.getZone());
        String time = TIME.format(local);
        String when = local.toLocalDate().equals(LocalDate.now(clock)) ? time : day(local.toLocalDate()) + " " + time;
        return messages.get("content.updated", when);
    }
}
