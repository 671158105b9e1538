package org.lingong.kiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.kiosk.SpringStartup;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.shell.ClockViewModel;
import org.lingong.platform.api.events.SignUpTarget;
import org.lingong.testing.platform.PlatformUnderTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Times are the station's, whatever the machine's zone is: the real platform seeds its job fairs at 09:00-12:00
 * Beijing time, and the kiosk (at a station with the default {@code kiosk.station.zone}) shows 09:00 and 12:00, and
 * its top-bar clock reads Beijing time. The pom runs this class also in JVMs whose default zone is UTC and
 * America/Los_Angeles ({@code -Duser.timezone}), where the machine's zone would show 01:00 or 17:00.
 */
class StationTimeZoneTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    @TempDir
    Path temp;

    @Test
    void theFairSeededAtNineBeijingTimeShowsNineAndTheClockShowsBeijingTime() throws Exception {
        try (PlatformUnderTest platform = PlatformUnderTest.start(PlatformUnderTest.Setup.DEMO, temp.resolve("platform"));
                ConfigurableApplicationContext kiosk = SpringStartup.start(List.of("--kiosk.station.name=测试驿站",
                        "--kiosk.station.code=" + PlatformUnderTest.DEMO_STATION, "--kiosk.platform.url=" + platform.url(),
                        "--kiosk.platform.enrollment-code=" + PlatformUnderTest.DEMO_CODE,
                        "--kiosk.platform.data-dir=" + temp.resolve("kiosk"))).context().get(60, TimeUnit.SECONDS)) {
            Clock clock = kiosk.getBean(Clock.class);
            assertThat(clock.getZone()).isEqualTo(BEIJING);

            ContentSource source = kiosk.getBean(ContentSource.class);
            awaitContent(source);
            List<ContentEntry> fairs = ContentEntries.of(SignUpTarget.JOB_FAIR, source.current().orElseThrow(),
                    LocalDateTime.now(clock), clock.getZone());
            assertThat(fairs).isNotEmpty();
            ContentTexts texts = new ContentTexts(kiosk.getBean(Messages.class), clock);
            for (ContentEntry fair : fairs) {
                assertThat(fair.start().toLocalTime()).as(fair.title()).hasToString("09:00");
                assertThat(fair.end().toLocalTime()).as(fair.title()).hasToString("12:00");
                assertThat(texts.when(fair)).as(fair.title()).matches(".*(09:00–12:00|正在进行，到 12:00)$");
            }

            ClockViewModel topBar = kiosk.getBean(ClockViewModel.class);
            String before = HH_MM.format(ZonedDateTime.now(BEIJING));
            topBar.tick();
            String shown = topBar.timeText().get();
            String after = HH_MM.format(ZonedDateTime.now(BEIJING));
            assertThat(shown).isIn(before, after);
        }
    }

    private static void awaitContent(ContentSource source) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (source.current().isEmpty() || source.current().get().isDemo()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for the platform's content bundle");
            }
            Thread.sleep(100);
        }
    }
}
