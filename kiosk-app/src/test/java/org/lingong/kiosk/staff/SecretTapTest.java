package org.lingong.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lingong.testing.MutableClock;

class SecretTapTest {

    private final MutableClock clock = MutableClock.atShanghai("2026-11-27T02:00:00Z");
    private final AtomicInteger opened = new AtomicInteger();
    private final SecretTap tap = new SecretTap(clock, opened::incrementAndGet);

    @Test
    void fiveTapsWithinThreeSecondsOpenTheKeypadOnce() {
        for (int i = 0; i < 5; i++) {
            tap.tap();
            clock.advance(Duration.ofMillis(700));
        }
        assertThat(opened).hasValue(1);

        for (int i = 0; i < 4; i++) {
            tap.tap();
        }
        assertThat(opened).as("the count starts again after opening").hasValue(1);
    }

    @Test
    void slowTapsNeverOpenIt() {
        for (int i = 0; i < 20; i++) {
            tap.tap();
            clock.advance(Duration.ofMillis(760));
        }
        assertThat(opened).hasValue(0);
    }
}
