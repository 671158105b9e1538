package org.lingong.kiosk.shell;

import java.time.Clock;
import java.util.List;

import org.lingong.kiosk.config.CurrentStation;
import org.lingong.kiosk.config.KioskProperties;
import org.lingong.kiosk.executor.FxTaskExecutor;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.kiosk.session.SessionWiper;
import org.lingong.kiosk.status.StatusBarViewModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Beans shared by every screen: time, executor, messages, navigation and the session; and the {@link KioskShell} built
 * from the screens ({@link ScreenViewFactory}) and shell extensions ({@link ShellExtension}) the features contribute.
 */
@Configuration(proxyBeanMethods = false)
public class ShellConfiguration {

    /** The station's clock: every time shown, printed or reported is in {@code kiosk.station.zone}, never the OS zone. */
    @Bean
    Clock clock(KioskProperties properties) {
        return Clock.system(properties.station().zoneId());
    }

    @Bean(destroyMethod = "close")
    FxTaskExecutor taskExecutor() {
        return new FxTaskExecutor(2);
    }

    /**
     * The station as people see it now: the name on every screen, slip and staff call (renamed live by the remote
     * configuration), the fixed code.
     */
    @Bean
    CurrentStation currentStation(KioskProperties properties) {
        return CurrentStation.of(properties.station());
    }

    /** The station's name in the top bar of every screen, following a rename on the JavaFX thread. */
    @Bean
    StationNameViewModel stationNameViewModel(CurrentStation station, TaskExecutor executor) {
        return new StationNameViewModel(station, executor);
    }

    @Bean
    Messages messages(KioskProperties properties) {
        return new Messages(properties.locale());
    }

    /** 返回首页 asks the {@link HomeGuard} first (looked up late: it needs the idle session, which needs this). */
    @Bean
    ScreenNavigator screenNavigator(ObjectProvider<HomeGuard> guard) {
        return new ScreenNavigator(() -> guard.getIfAvailable(() -> () -> false).interceptHome());
    }

    @Bean
    ClockViewModel clockViewModel(Clock clock, Messages messages) {
        return new ClockViewModel(clock, messages);
    }

    @Bean
    SessionWiper sessionWiper(List<SessionScoped> scoped) {
        return new SessionWiper(scoped);
    }

    @Bean
    IdleSession idleSession(Clock clock, KioskProperties properties, SessionWiper wiper) {
        return new IdleSession(clock, properties.idle().timeout(), properties.idle().warning(), wiper::wipe);
    }

    /** Lazy: made when the application shows the stage, after every other bean (as the hand look-ups were). */
    @Bean
    @Lazy
    KioskShell kioskShell(KioskProperties properties, Messages messages, ScreenNavigator navigator,
            ClockViewModel clock, StatusBarViewModel statusBar, IdleSession idle, List<ScreenViewFactory> screens,
            List<ShellExtension> extensions, StationNameViewModel stationName) {
        return new KioskShell(properties, new ShellView.Parts(stationName, messages, navigator, clock,
                statusBar, idle, screens), extensions);
    }
}
