package org.lingong.kiosk.appointment;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lingong.platform.api.appointments.AppointmentCalendar;
import org.lingong.platform.api.appointments.AppointmentService;
import org.lingong.platform.api.appointments.AppointmentSlot;
import org.lingong.platform.api.appointments.AppointmentStatus;
import org.lingong.platform.api.appointments.StationAppointment;
import org.lingong.platform.api.events.AppointmentBooked;

/**
 * Off the platform ({@code kiosk.platform.enabled=false}): a small calendar kept in memory (Monday to Saturday,
 * 09:00-11:30 and 14:30-17:00, one seat per slot), where a booking is decided at once as the platform
 * would (a full slot's booking is LOST with the next free slot offered).
 */
public final class DemoAppointmentBackend implements AppointmentBackend {

    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, StationAppointment> bookings = new LinkedHashMap<>();

    public DemoAppointmentBackend(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public synchronized AppointmentCalendar fetch() {
        Instant now = clock.instant();
        List<AppointmentSlot> slots = new ArrayList<>();
        LocalDate today = now.atZone(zone).toLocalDate();
        for (int d = 0; d < 7; d++) {
            LocalDate day = today.plusDays(d);
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (LocalTime t : starts()) {
                Instant at = day.atTime(t).atZone(zone).toInstant();
                if (at.isAfter(now)) {
                    for (AppointmentService service : AppointmentService.values()) {
                        slots.add(new AppointmentSlot(service, at, 30, 1, taken(service, at) ? 0 : 1));
                    }
                }
            }
        }
        return new AppointmentCalendar(zone.getId(), now, slots, List.copyOf(bookings.values()));
    }

    @Override
    public synchronized void book(@Nullable String workerRef, AppointmentBooked b) {
        AppointmentStatus status = taken(b.service(), b.startsAt()) ? AppointmentStatus.LOST : AppointmentStatus.BOOKED;
        Instant offered = status == AppointmentStatus.BOOKED ? null : fetch().slots().stream()
                .filter(s -> s.service() == b.service() && s.free() > 0 && s.startsAt().isAfter(b.startsAt()))
                .map(AppointmentSlot::startsAt).findFirst().orElse(null);
        bookings.put(b.code(), new StationAppointment(b.code(), b.service(), b.startsAt(), status, workerRef,
                status == AppointmentStatus.LOST ? b.phone() : null, clock.instant(), offered));
    }

    @Override
    public synchronized void cancel(String code) {
        StationAppointment a = bookings.get(code);
        if (a != null) {
            bookings.put(code, new StationAppointment(a.code(), a.service(), a.startsAt(), AppointmentStatus.CANCELLED,
                    a.workerRef(), null, a.bookedAt(), null));
        }
    }

    private boolean taken(AppointmentService service, Instant at) {
        return bookings.values().stream().anyMatch(a -> a.status() == AppointmentStatus.BOOKED
                && a.service() == service && a.startsAt().equals(at));
    }

    private static List<LocalTime> starts() {
        List<LocalTime> starts = new ArrayList<>();
        for (int m = 9 * 60; m < 11 * 60 + 30; m += 30) {
            starts.add(LocalTime.of(m / 60, m % 60));
        }
        for (int m = 14 * 60 + 30; m < 17 * 60; m += 30) {
            starts.add(LocalTime.of(m / 60, m % 60));
        }
        return starts;
    }
}
