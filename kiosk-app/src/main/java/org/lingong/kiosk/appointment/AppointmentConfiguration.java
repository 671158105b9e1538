package org.lingong.kiosk.appointment;

import java.time.Clock;
import java.time.Duration;

import org.lingong.devices.printer.ReceiptPrinterDevice;
import org.lingong.kiosk.config.CurrentStation;
import org.lingong.kiosk.config.KioskProperties;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.shell.ScreenViewFactory;
import org.lingong.kiosk.worker.WorkerSession;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 预约 screen and the staff's 今日预约 list. The port {@link AppointmentBackend} comes from
 * {@code org.lingong.kiosk.platform.PlatformConfiguration}: the platform, or {@link DemoAppointmentBackend} off it.
 */
@Configuration(proxyBeanMethods = false)
public class AppointmentConfiguration {

    /** How old the calendar may grow before a background sync, when no tentative booking waits. */
    static final Duration CALENDAR_REFRESH = Duration.ofMinutes(5);

    @Bean
    AppointmentBook appointmentBook(AppointmentBackend backend, Clock clock, KioskProperties kiosk) {
        return new AppointmentBook(backend, clock, kiosk.station().zoneId());
    }

    /** Driven by the platform connection after each answered heartbeat (wired in {@code PlatformConfiguration}). */
    @Bean
    AppointmentBackgroundSync appointmentBackgroundSync(AppointmentBook book, Clock clock) {
        return new AppointmentBackgroundSync(book, clock, CALENDAR_REFRESH);
    }

    @Bean
    AppointmentViewModel appointmentViewModel(AppointmentBook book, ReceiptPrinterDevice printer,
            CurrentPrinterProfile profile, CurrentStation station, WorkerSession workers, TaskExecutor executor) {
        return new AppointmentViewModel(book,
                new ReceiptAppointmentSlips(printer, profile, book, station::name), workers, executor);
    }

    @Bean
    StaffAppointmentsViewModel staffAppointmentsViewModel(AppointmentBook book, TaskExecutor executor) {
        return new StaffAppointmentsViewModel(book, executor);
    }

    @Bean
    ScreenViewFactory appointmentScreen(AppointmentViewModel viewModel, Messages messages, ScreenNavigator navigator) {
        return ScreenViewFactory.of(Screen.APPOINTMENT, () -> new AppointmentView(viewModel, messages, navigator::goHome),
                viewModel::opened);
    }
}
