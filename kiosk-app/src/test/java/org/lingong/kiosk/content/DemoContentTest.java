package org.lingong.kiosk.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lingong.testing.MutableClock;
import org.lingong.platform.api.content.JobFair;
import org.lingong.platform.api.content.TrainingCourse;

/** The bundled demo list: dated from today, every kind present, a bad line named by its number. */
class DemoContentTest {

    private final MutableClock clock = MutableClock.atShanghai("2026-11-27T02:00:00Z");

    @Test
    void theBundledListIsDatedFromTodayAndHasEveryKind() throws IOException {
        StationContent demo = new DemoContent(clock).current().orElseThrow();

        assertThat(demo.courses()).hasSize(4);
        assertThat(demo.fairs()).hasSize(4);
        assertThat(demo.liveSessions()).hasSize(2);
        assertThat(demo.courses()).extracting(TrainingCourse::startDate).contains(LocalDate.of(2026, 11, 30));
        assertThat(demo.courses()).filteredOn(TrainingCourse::subsidised).hasSize(3);
    }

    @Test
    void relativeHoursKeepTheDemosEventOfTodayCurrentAtAnyTimeOfDay() throws IOException {
        MutableClock evening = MutableClock.atShanghai("2026-11-27T14:40:00Z"); // 22:40 in 呼和浩特
        StationContent demo = new DemoContent(evening).current().orElseThrow();

        JobFair now = demo.fairs().stream().filter(f -> f.id() == 9101).findFirst().orElseThrow();
        assertThat(now.startsAt()).isEqualTo(java.time.Instant.parse("2026-11-27T13:00:00Z"));
        assertThat(now.endsAt()).isEqualTo(java.time.Instant.parse("2026-11-27T16:00:00Z"));
        assertThat(now.startsAt()).isBefore(evening.instant());
        assertThat(now.endsAt()).isAfter(evening.instant());
    }

    @Test
    void aBadLineFailsWithItsNumber() {
        String text = "# comment\n\nJOB_FAIR\t1\t0\tnoon\t0\t12:00\t-\tt\to\tp\td\n";

        assertThatThrownBy(() -> new DemoContent(clock).parse(new BufferedReader(new StringReader(text))))
                .isInstanceOf(IOException.class).hasMessageContaining("line 3");
    }
}
