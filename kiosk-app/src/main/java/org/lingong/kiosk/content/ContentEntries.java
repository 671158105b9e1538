package org.lingong.kiosk.content;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.lingong.platform.api.content.JobFair;
import org.lingong.platform.api.content.LiveSession;
import org.lingong.platform.api.content.TrainingCourse;
import org.lingong.platform.api.events.SignUpTarget;

/**
 * Turns the content of one kind into what a screen lists, past items dropped. Fairs and sessions on right now come
 * first (one can still go or watch), then the ones not begun yet, soonest first; courses already under way come
 * last, the most recently begun first.
 */
final class ContentEntries {

    private ContentEntries() {
    }

    static List<ContentEntry> of(SignUpTarget target, StationContent content, LocalDateTime now, ZoneId zone) {
        List<ContentEntry> all = switch (target) {
            case TRAINING -> content.courses().stream().filter(c -> c.startDate() != null).map(ContentEntries::course).toList();
            case JOB_FAIR -> content.fairs().stream().filter(f -> f.startsAt() != null).map(fair -> fair(fair, zone)).toList();
            case LIVE_SESSION -> content.liveSessions().stream().filter(s -> s.startsAt() != null).map(live -> live(live, zone)).toList();
        };
        List<ContentEntry> upcoming = new ArrayList<>();
        List<ContentEntry> underWay = new ArrayList<>();
        for (ContentEntry entry : all) {
            if (entry.isOver(now)) {
                continue;
            }
            (entry.hasBegun(now) ? underWay : upcoming).add(entry);
        }
        upcoming.sort(Comparator.comparing(ContentEntry::start).thenComparing(ContentEntry::id));
        underWay.sort(Comparator.comparing(ContentEntry::start).reversed().thenComparing(ContentEntry::id));
        List<ContentEntry> ordered = new ArrayList<>();
        if (target == SignUpTarget.TRAINING) {
            ordered.addAll(upcoming);
            ordered.addAll(underWay);
        } else {
            ordered.addAll(underWay);
            ordered.addAll(upcoming);
        }
        return List.copyOf(ordered);
    }

    private static ContentEntry course(TrainingCourse c) {
        return new ContentEntry(SignUpTarget.TRAINING, c.id(), text(c.title()), text(c.provider()), text(c.location()),
                c.startDate().atStartOfDay(), c.endDate() == null ? null : c.endDate().atTime(LocalTime.of(23, 59)),
                false, c.subsidised(), text(c.detail()));
    }

    private static ContentEntry fair(JobFair f, ZoneId zone) {
        return new ContentEntry(SignUpTarget.JOB_FAIR, f.id(), text(f.title()), text(f.organizer()), text(f.location()),
                LocalDateTime.ofInstant(f.startsAt(), zone),
                f.endsAt() == null ? null : LocalDateTime.ofInstant(f.endsAt(), zone), true, false, text(f.detail()));
    }

    private static ContentEntry live(LiveSession s, ZoneId zone) {
        return new ContentEntry(SignUpTarget.LIVE_SESSION, s.id(), text(s.title()), text(s.host()), text(s.channel()),
                LocalDateTime.ofInstant(s.startsAt(), zone),
                s.endsAt() == null ? null : LocalDateTime.ofInstant(s.endsAt(), zone), true, false, text(s.detail()));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
