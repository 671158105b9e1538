package org.lingong.kiosk.staff;

import org.lingong.kiosk.referral.A4Slips;
import org.lingong.kiosk.appointment.StaffAppointmentsViewModel;
import java.time.Clock;
import java.util.Optional;

import org.lingong.devices.printer.ReceiptPrinterDevice;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.config.PlatformProperties;
import org.lingong.kiosk.config.StaffProperties;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.referral.SlipReprints;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.session.AdminScoped;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.shell.ScreenViewFactory;
import org.lingong.kiosk.shell.ShellExtension;
import org.lingong.kiosk.status.StatusBarViewModel;
import org.lingong.platform.client.BackendClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The staff's way in (five taps on the station name, then the PIN keypad) and the staff screen. Import it after the
 * referral configuration: its {@link SlipReprints} stand-in (an empty list) only fills in when no real one exists.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StaffProperties.class)
public class StaffConfiguration {

    static final String APP_VERSION = Optional
            .ofNullable(StaffConfiguration.class.getPackage().getImplementationVersion()).orElse("0.1.0-dev");

    @Bean
    DailyCounters dailyCounters(Clock clock, RegistrationViewModel registration, StaffAlerts alerts) {
        DailyCounters counters = new DailyCounters(clock);
        registration.registeredWorkerProperty().addListener((obs, old, now) -> {
            if (now != null) {
                counters.increment(DailyCounters.Tally.REGISTRATIONS);
            }
        });
        alerts.addListener(alert -> counters.increment(DailyCounters.Tally.ALERTS));
        return counters;
    }

    /**
     * The idle session is looked up late: it needs every session-scoped bean, this one included. So are the admin
     * screens' state holders, most of which need this bean.
     */
    @Bean
    StaffAccess staffAccess(ScreenNavigator navigator, ObjectProvider<IdleSession> idle, DailyCounters counters,
            ObjectProvider<AdminScoped> adminState) {
        return new StaffAccess(navigator, () -> idle.getObject().endSession(), counters, adminState::orderedStream);
    }

    @Bean
    SecretTap secretTap(Clock clock, StaffAccess access) {
        return new SecretTap(clock, access::openLogin);
    }

    /** Five taps on the station name in the top bar open the staff PIN keypad. */
    @Bean
    ShellExtension staffSecretTap(SecretTap tap) {
        return ShellExtension.of(0, (shell, scene) -> shell.onStationTapped(tap::tap));
    }

    @Bean
    StaffLoginViewModel staffLoginViewModel(Clock clock, TaskExecutor executor, StaffProperties properties,
            StaffAccess access) {
        return new StaffLoginViewModel(clock, executor, pin("kiosk.staff.pin-hash", properties.pinHash()),
                pin("kiosk.staff.technician-pin-hash", properties.technicianPinHash()), access::grant, access::leave);
    }

    private static Optional<PinHash> pin(String key, String hash) {
        if (hash.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(PinHash.parse(hash));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage());
        }
    }

    @Bean
    PlatformFacts platformFacts(PlatformProperties platform, ObjectProvider<BackendClient> backend) {
        return platform.enabled() ? new BackendPlatformFacts(backend.getObject()) : PlatformFacts.NONE;
    }

    @Bean
    StaffPrinter staffPrinter(ReceiptPrinterDevice printer, CurrentPrinterProfile profile) {
        return new DevicePrinter(printer, profile);
    }

    @Bean
    HealthViewModel healthViewModel(ObjectProvider<StatusBarViewModel> statusBar, PlatformFacts platform,
            TaskExecutor executor, Clock clock) {
        // looked up late: the devices behind the status bar need the idle session, which needs this view model
        return new HealthViewModel(statusBar::getObject, platform, executor, clock.getZone(), APP_VERSION);
    }

    @Bean
    PaperViewModel paperViewModel(StaffPrinter printer, StaffAlerts alerts, TaskExecutor executor) {
        return new PaperViewModel(printer, alerts, executor);
    }

    @Bean
    TodayViewModel todayViewModel(DailyCounters counters, SlipReprints slips, PlatformFacts platform,
            TaskExecutor executor, Clock clock) {
        return new TodayViewModel(counters, slips, platform, executor, clock);
    }

    @Bean
    ReprintViewModel reprintViewModel(SlipReprints slips, TaskExecutor executor, ObjectProvider<A4Slips> a4) {
        return new ReprintViewModel(slips, executor, a4.getIfAvailable());
    }

    @Bean
    AlertListViewModel alertListViewModel(StaffAlerts alerts) {
        return new AlertListViewModel(alerts);
    }

    @Bean
    StaffViewModel staffViewModel(StaffAccess access, HealthViewModel health, PaperViewModel paper,
            TodayViewModel today, ReprintViewModel reprints, AlertListViewModel alerts,
            StaffAppointmentsViewModel appointments) {
        return new StaffViewModel(access, health, paper, today, reprints, alerts, appointments);
    }

    @Bean
    ScreenViewFactory staffLoginScreen(StaffLoginViewModel viewModel, Messages messages) {
        return ScreenViewFactory.of(Screen.STAFF_LOGIN, () -> new StaffLoginView(viewModel, messages));
    }

    @Bean
    ScreenViewFactory staffScreen(StaffViewModel viewModel, Messages messages) {
        return ScreenViewFactory.of(Screen.STAFF, () -> new StaffView(viewModel, messages));
    }
}
