package org.lingong.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.attract.AttractViewModel;
import org.lingong.kiosk.attract.DemoCatalogFreshness;
import org.lingong.kiosk.attract.DemoServiceItemSource;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.session.SessionWiper;
import org.lingong.testing.MutableClock;

/** The view models of the shell wired as in the app, driven without any UI. */
class NavigationAndSessionTest {

    private final MutableClock clock = MutableClock.atShanghai("2026-11-27T01:00:00Z");
    private final Messages messages = new Messages(KioskLanguage.ZH_CN);
    private final ScreenNavigator navigator = new ScreenNavigator();
    private final AttractViewModel attract = new AttractViewModel(new DemoServiceItemSource(),
            DemoCatalogFreshness.neverSynchronised(), new CurrentThreadTaskExecutor(), navigator, messages, clock);
    private final SessionWiper wiper = new SessionWiper(List.of(messages, navigator, attract));
    private final IdleSession idle = new IdleSession(clock, Duration.ofSeconds(90), Duration.ofSeconds(20), wiper::wipe);

    @Test
    void idleExpiryReturnsToTheAttractScreenInTheDefaultLanguage() {
        idle.touch();
        navigator.show(Screen.FIND_JOB);
        messages.select(KioskLanguage.EN);

        clock.advance(Duration.ofSeconds(95));
        idle.tick();
        assertThat(idle.warningProperty().get()).isTrue();
        assertThat(navigator.current()).isEqualTo(Screen.FIND_JOB);

        clock.advance(Duration.ofSeconds(15));
        idle.tick();

        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
        assertThat(messages.language()).isEqualTo(KioskLanguage.ZH_CN);
        assertThat(attract.serviceItems()).hasSize(10);
    }

    @Test
    void clockShowsTimeAndDateInTheStationZoneAndSessionLanguage() {
        ClockViewModel vm = new ClockViewModel(clock, messages);

        assertThat(vm.timeText().get()).isEqualTo("09:00");
        assertThat(vm.dateText().get()).isEqualTo("2026年11月27日 星期五");
        messages.select(KioskLanguage.EN);
        assertThat(vm.dateText().get()).isEqualTo("Friday, 27 November 2026");

        clock.advance(Duration.ofMinutes(61));
        vm.tick();
        assertThat(vm.timeText().get()).isEqualTo("10:01");
    }
}
