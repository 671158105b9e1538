package org.lingong.kiosk.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.api.appointments.AppointmentCalendar;
import org.lingong.platform.api.appointments.AppointmentService;
import org.lingong.platform.api.events.AppointmentBooked;
import org.lingong.testing.MutableClock;

/**
 * The background sync, synchronously: once the platform answers again, tentative bookings are confirmed or lost
 * (with the next free slot offered) without anyone at the screen, the staff's 今日预约 tab shows the lost one with the
 * phone to call at once, and with nothing tentative the calendar is fetched only when it is due.
 */
class AppointmentBackgroundSyncTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NINE = Instant.parse("2026-12-07T01:00:00Z");
    private static final Instant NINE_THIRTY = Instant.parse("2026-12-07T01:30:00Z");

    /** Monday 7 December 2026, 07:00 in Shanghai. */
    private final MutableClock clock = MutableClock.atShanghai("2026-12-06T23:00:00Z");
    private final SwitchablePlatform platform = new SwitchablePlatform(clock, SHANGHAI);
    private final CountingBackend counted = new CountingBackend(platform);
    private final AppointmentBook book = new AppointmentBook(counted, clock, SHANGHAI);
    private final AppointmentBackgroundSync sync = new AppointmentBackgroundSync(book, clock, Duration.ofMinutes(5));
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final AppointmentViewModel screen = new AppointmentViewModel(book, new PrintedSlips(), new WorkerSession(),
            executor);
    private final StaffAppointmentsViewModel staff = new StaffAppointmentsViewModel(book, executor);

    @Test
    void aTentativeBookingThatLostTheRaceIsSettledInTheBackgroundAndStaffSeeTheCallBackAtOnce() {
        staff.refresh();
        bookOffline(AppointmentService.CAREER_GUIDANCE, "13912345678");
        sync.platformAnswered(); // still offline: stays tentative
        assertThat(screen.booking().get().state()).isEqualTo(BookingState.TENTATIVE);
        assertThat(staff.today()).extracting(Booking::state).containsExactly(BookingState.TENTATIVE);

        platform.otherKioskBooks(AppointmentService.CAREER_GUIDANCE, NINE);
        platform.online();
        sync.platformAnswered();

        Booking lost = screen.booking().get();
        assertThat(lost.state()).isEqualTo(BookingState.LOST);
        assertThat(lost.offeredAt()).isEqualTo(NINE_THIRTY);
        assertThat(book.hasTentative()).isFalse();
        assertThat(staff.callBacks()).singleElement().satisfies(b -> {
            assertThat(b.phone()).isEqualTo("13912345678");
            assertThat(b.offeredAt()).isEqualTo(NINE_THIRTY);
        });
    }

    @Test
    void aTentativeBookingThatWonIsConfirmedInTheBackground() {
        bookOffline(AppointmentService.ERRAND, null);
        assertThat(screen.booking().get().state()).isEqualTo(BookingState.TENTATIVE);

        platform.online();
        sync.platformAnswered();

        assertThat(screen.booking().get().state()).isEqualTo(BookingState.CONFIRMED);
        assertThat(book.hasTentative()).isFalse();
    }

    @Test
    void withNothingTentativeTheCalendarIsFetchedOnlyWhenItIsDue() {
        sync.platformAnswered();
        int first = counted.fetches;
        sync.platformAnswered();
        clock.advance(Duration.ofMinutes(4));
        sync.platformAnswered();
        int beforeDue = counted.fetches;
        clock.advance(Duration.ofMinutes(1));
        sync.platformAnswered();

        assertThat(first).isEqualTo(1);
        assertThat(beforeDue).as("every heartbeat would be too often").isEqualTo(1);
        assertThat(counted.fetches).isEqualTo(2);
    }

    @Test
    void theStaffTabIsNotRefilledAfterTheStaffSessionEnded() {
        staff.refresh();
        staff.clearSession();
        bookOffline(AppointmentService.CAREER_GUIDANCE, "13912345678");
        platform.otherKioskBooks(AppointmentService.CAREER_GUIDANCE, NINE);
        platform.online();

        sync.platformAnswered();

        assertThat(staff.callBacks()).as("phones stay off the screen once staff left").isEmpty();
        assertThat(book.callBacks()).hasSize(1);
    }

    private void bookOffline(AppointmentService service, @Nullable String phone) {
        screen.opened();
        platform.offline();
        screen.chooseService(service);
        screen.chooseSlot(screen.slots().get(0));
        if (phone == null) {
            screen.skipPhone();
        } else {
            phone.chars().forEach(c -> screen.phone().press(c - '0'));
            screen.confirmPhone();
        }
    }

    /** The platform as the book sees it, counting calendar fetches. */
    private static final class CountingBackend implements AppointmentBackend {

        private final AppointmentBackend platform;
        int fetches;

        CountingBackend(AppointmentBackend platform) {
            this.platform = platform;
        }

        @Override
        public AppointmentCalendar fetch() throws Unavailable {
            fetches++;
            return platform.fetch();
        }

        @Override
        public void book(@Nullable String workerRef, AppointmentBooked booking) {
            platform.book(workerRef, booking);
        }

        @Override
        public void cancel(String code) {
            platform.cancel(code);
        }
    }
}
