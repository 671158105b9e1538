package org.lingong.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.session.AdminScoped;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;

/** Staff who came to help a worker go back to that worker; staff who came to an empty kiosk leave it empty. */
class StaffAccessTest {

    private final ScreenNavigator navigator = new ScreenNavigator();
    private final AtomicInteger sessionsEnded = new AtomicInteger();
    private final AtomicInteger adminCleared = new AtomicInteger();
    private final DailyCounters counters = new DailyCounters(
            Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
    private final AdminScoped adminScreen = adminCleared::incrementAndGet;
    private final StaffAccess access = new StaffAccess(navigator, sessionsEnded::incrementAndGet, counters,
            () -> Stream.of(adminScreen));

    @Test
    void staffCalledToAWorkerMidRegistrationGoBackToTheWorkerWithTheirOwnStateCleared() {
        navigator.show(Screen.REGISTER);
        access.openLogin();
        access.grant(StaffRole.STAFF);
        assertThat(navigator.current()).isEqualTo(Screen.STAFF);

        access.leave();

        assertThat(navigator.current()).isEqualTo(Screen.REGISTER);
        assertThat(access.roleProperty().get()).isNull();
        assertThat(adminCleared).hasValue(1);
        assertThat(sessionsEnded).as("the worker's session goes on").hasValue(0);
        assertThat(counters.count(DailyCounters.Tally.SESSIONS)).isZero();
    }

    @Test
    void theKeypadsBackGoesBackToTheWorkerToo() {
        navigator.show(Screen.FIND_JOB);
        access.openLogin();

        access.leave();

        assertThat(navigator.current()).isEqualTo(Screen.FIND_JOB);
        assertThat(adminCleared).hasValue(1);
        assertThat(sessionsEnded).hasValue(0);
    }

    @Test
    void aTechnicianMovingBetweenTheAdminScreensStillGoesBackToTheWorkersScreen() {
        navigator.show(Screen.REFERRAL);
        access.openLogin();
        access.grant(StaffRole.TECHNICIAN);
        access.show(Screen.STAFF);
        access.openLogin();      // five taps on the station name again, from an admin screen
        access.grant(StaffRole.TECHNICIAN);
        access.show(Screen.TECHNICIAN);

        access.leave();

        assertThat(navigator.current()).isEqualTo(Screen.REFERRAL);
    }

    @Test
    void openedFromTheAttractScreenLeavingEndsTheSession() {
        access.openLogin();
        access.grant(StaffRole.STAFF);

        access.leave();

        assertThat(sessionsEnded).hasValue(1);
        assertThat(adminCleared).as("the session's end clears it").hasValue(0);
    }

    @Test
    void afterASessionEndTheNextLoginHasNoWorkerToGoBackTo() {
        navigator.show(Screen.REGISTER);
        access.openLogin();
        access.grant(StaffRole.STAFF);
        access.clearSession();   // the idle timeout while staff were away
        navigator.showAttract();

        access.openLogin();
        access.leave();

        assertThat(sessionsEnded).hasValue(1);
    }
}
