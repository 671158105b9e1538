package org.lingong.kiosk.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lingong.platform.api.appointments.AppointmentCalendar;
import org.lingong.platform.api.appointments.AppointmentService;
import org.lingong.platform.api.events.AppointmentBooked;

/**
 * A station's platform for view-model and screen tests: {@link DemoAppointmentBackend} decides bookings as the
 * platform does; {@link #offline()} makes this kiosk unreachable (its bookings wait, as in the outbox, and are
 * delivered by {@link #online()}), and {@link #otherKioskBooks} books as another kiosk of the station would.
 */
final class SwitchablePlatform implements AppointmentBackend {

    private final DemoAppointmentBackend platform;
    private final List<Runnable> waiting = new ArrayList<>();
    private boolean reachable = true;

    SwitchablePlatform(Clock clock, ZoneId zone) {
        platform = new DemoAppointmentBackend(clock, zone);
    }

    void offline() {
        reachable = false;
    }

    void online() {
        reachable = true;
        waiting.forEach(Runnable::run);
        waiting.clear();
    }

    void otherKioskBooks(AppointmentService service, Instant slot) {
        platform.book("w-other-kiosk", new AppointmentBooked("OTHER" + (char) ('A' + waiting.size()), service, slot, null));
    }

    @Override
    public AppointmentCalendar fetch() throws Unavailable {
        if (!reachable) {
            throw new Unavailable("offline in the test");
        }
        return platform.fetch();
    }

    @Override
    public void book(@Nullable String workerRef, AppointmentBooked booking) {
        deliver(() -> platform.book(workerRef, booking));
    }

    @Override
    public void cancel(String code) {
        deliver(() -> platform.cancel(code));
    }

    private void deliver(Runnable event) {
        if (reachable) {
            event.run();
        } else {
            waiting.add(event);
        }
    }
}
