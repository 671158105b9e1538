package org.lingong.kiosk.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lingong.kiosk.i18n.TabSeparatedLines;
import org.lingong.platform.api.content.JobFair;
import org.lingong.platform.api.content.LiveSession;
import org.lingong.platform.api.content.TrainingCourse;
import org.lingong.platform.api.events.SignUpTarget;

/**
 * Off the platform: a small fictional list ({@code demo-content.tsv} next to this class, dated by day offsets from
 * today, so it never goes stale). Chinese only, like the platform's content. A bad line fails with its number.
 */
public final class DemoContent implements ContentSource {

    static final String RESOURCE = "demo-content.tsv";
    private static final int FIELDS = 11;

    private final Clock clock;

    public DemoContent(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Optional<StationContent> current() throws IOException {
        Lists lists = new Lists();
        TabSeparatedLines.read(DemoContent.class, RESOURCE, "demo content", lists::add);
        return Optional.of(lists.content());
    }

    StationContent parse(BufferedReader reader) throws IOException {
        Lists lists = new Lists();
        TabSeparatedLines.parse(reader, RESOURCE, lists::add);
        return lists.content();
    }

    /** The courses, fairs and sessions read so far, dated from today. */
    private final class Lists {

        private final List<TrainingCourse> courses = new ArrayList<>();
        private final List<JobFair> fairs = new ArrayList<>();
        private final List<LiveSession> sessions = new ArrayList<>();
        private final LocalDate today = LocalDate.now(clock);

        void add(String[] f) {
            if (f.length != FIELDS) {
                throw new IllegalArgumentException("expected " + FIELDS + " tab-separated fields");
            }
            long id = Long.parseLong(f[1]);
            LocalDate startDay = today.plusDays(Integer.parseInt(f[2]));
            LocalDate endDay = today.plusDays(Integer.parseInt(f[4]));
            switch (SignUpTarget.valueOf(f[0])) {
                case TRAINING -> courses.add(new TrainingCourse(id, f[7], f[8], f[9], startDay, endDay,
                        "yes".equals(f[6]), f[10]));
                case JOB_FAIR -> fairs.add(new JobFair(id, f[7], f[8], f[9], at(startDay, f[3]), at(endDay, f[5]),
                        f[10]));
                case LIVE_SESSION -> sessions.add(new LiveSession(id, f[7], f[8], f[9], at(startDay, f[3]),
                        at(endDay, f[5]), f[10]));
            }
        }

        StationContent content() {
            return new StationContent(courses, fairs, sessions, null);
        }
    }

    /** {@code HH:mm} on {@code day}, or {@code +Nh} / {@code -Nh}: hours from now (the hour begun), whatever the day. */
    private Instant at(LocalDate day, String time) {
        if (time.matches("[+-]\\d{1,2}h")) {
            long hours = Long.parseLong(time.substring(0, time.length() - 1).replace("+", ""));
            return clock.instant().truncatedTo(ChronoUnit.HOURS).plus(hours, ChronoUnit.HOURS);
        }
        return day.atTime(LocalTime.parse(time)).atZone(clock.getZone()).toInstant();
    }
}
