package org.lingong.kiosk.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.lingong.testing.MutableClock;

class IdleSessionTest {

    private final MutableClock clock = MutableClock.atShanghai("2026-11-27T01:00:00Z");
    private final AtomicInteger wipes = new AtomicInteger();
    private final IdleSession idle = new IdleSession(clock, Duration.ofSeconds(90), Duration.ofSeconds(20),
            wipes::incrementAndGet);

    @Test
    void withoutAnyTouchNothingHappensHoweverLongItIsIdle() {
        clock.advance(Duration.ofHours(3));
        idle.tick();

        assertThat(idle.isSessionActive()).isFalse();
        assertThat(idle.warningProperty().get()).isFalse();
        assertThat(wipes).hasValue(0);
    }

    @Test
    void warningAppearsOnlyOnceTheTimeoutHasPassed() {
        idle.touch();
        clock.advance(Duration.ofSeconds(89));
        idle.tick();
        assertThat(idle.warningProperty().get()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        idle.tick();
        assertThat(idle.warningProperty().get()).isTrue();
        assertThat(idle.secondsLeftProperty().get()).isEqualTo(20);
    }

    @Test
    void countdownRoundsPartialSecondsUp() {
        idle.touch();
        clock.advance(Duration.ofMillis(90_000 + 5_250));
        idle.tick();

        assertThat(idle.secondsLeftProperty().get()).isEqualTo(15);
    }

    @Test
    void aTouchDuringTheWarningDismissesItAndRestartsTheTimeout() {
        idle.touch();
        clock.advance(Duration.ofSeconds(100));
        idle.tick();
        assertThat(idle.warningProperty().get()).isTrue();

        idle.touch();
        assertThat(idle.warningProperty().get()).isFalse();
        clock.advance(Duration.ofSeconds(89));
        idle.tick();
        assertThat(idle.warningProperty().get()).isFalse();
        assertThat(wipes).hasValue(0);
    }

    @Test
    void atZeroTheSessionIsWipedOnceAndTheTimerRestsUntilTheNextTouch() {
        idle.touch();
        clock.advance(Duration.ofSeconds(110));
        idle.tick();

        assertThat(wipes).hasValue(1);
        assertThat(idle.warningProperty().get()).isFalse();
        assertThat(idle.isSessionActive()).isFalse();

        clock.advance(Duration.ofSeconds(500));
        idle.tick();
        assertThat(wipes).hasValue(1);

        idle.touch();
        clock.advance(Duration.ofSeconds(110));
        idle.tick();
        assertThat(wipes).hasValue(2);
    }

    @Test
    void aLateTickAfterALongFreezeWipesWithoutShowingTheWarningFirst() {
        idle.touch();
        clock.advance(Duration.ofMinutes(10));
        idle.tick();

        assertThat(wipes).hasValue(1);
        assertThat(idle.warningProperty().get()).isFalse();
    }

    @Test
    void inPatientModeTheWarningComesAfterTwiceTheTimeAndCountsDownTwiceAsLong() {
        idle.setPatient(true);
        idle.touch();
        clock.advance(Duration.ofSeconds(179));
        idle.tick();
        assertThat(idle.warningProperty().get()).as("not yet at 179 s").isFalse();

        clock.advance(Duration.ofSeconds(1));
        idle.tick();
        assertThat(idle.warningProperty().get()).isTrue();
        assertThat(idle.secondsLeftProperty().get()).isEqualTo(40);

        idle.setPatient(false);
        idle.tick();
        assertThat(idle.warningProperty().get()).as("normal again: 180 s is past 90 + 20").isFalse();
    }

    @Test
    void remoteIdleTimesAreTheBaseThatPatientModeDoubles() {
        idle.setPatient(true);
        idle.retime(Duration.ofSeconds(45), null);
        assertThat(idle.timeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(idle.warning()).as("the warning kept its base of 20 s").isEqualTo(Duration.ofSeconds(40));

        idle.setPatient(false);
        assertThat(idle.timeout()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void aSessionWhoseTimeRanOutIsWipedAsUnattendedOneEndedOnPurposeIsNot() {
        AtomicReference<IdleSession> holder = new AtomicReference<>();
        List<Boolean> unattendedAtWipe = new ArrayList<>();
        IdleSession session = new IdleSession(clock, Duration.ofSeconds(90), Duration.ofSeconds(20),
                () -> unattendedAtWipe.add(holder.get().endingUnattended()));
        holder.set(session);

        session.touch();
        session.endSession();
        session.touch();
        clock.advance(Duration.ofSeconds(110));
        session.tick();

        assertThat(unattendedAtWipe).containsExactly(false, true);
        assertThat(session.endingUnattended()).as("only while the wipe runs").isFalse();
    }
}
