package org.lingong.platform.server.appointments;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lingong.platform.api.appointments.AppointmentCalendar;
import org.lingong.platform.api.appointments.AppointmentService;
import org.lingong.platform.api.appointments.AppointmentSlot;
import org.lingong.platform.api.appointments.AppointmentStatus;
import org.lingong.platform.api.appointments.StationAppointment;
import org.lingong.platform.api.events.AppointmentBooked;
import org.lingong.platform.server.crypto.PersonalDataCipher;
import org.lingong.platform.server.problem.ApiException;
import org.lingong.platform.server.support.DbTime;
import org.lingong.platform.server.terminals.Terminal;
import org.springframework.stereotype.Service;

/**
 * A station's appointment calendar and its bookings. {@link #book} and {@link #cancel} run inside the event's
 * transaction: the station's row is locked first, so two kiosks' bookings of one slot are decided one after the other
 * and the second of a full slot becomes {@link AppointmentStatus#LOST} with the next free slot offered (the unique seat
 * constraint stands behind this should anything write around the lock).
 */
@Service
public class AppointmentDesk {

    private static final String CODE = "[A-Z2-9]{6}";
    private static final String PHONE = "[0-9]{5,20}";

    private final AppointmentRepository repository;
    private final StationCalendarRepository calendars;
    private final PersonalDataCipher cipher;
    private final Clock clock;

    AppointmentDesk(AppointmentRepository repository, StationCalendarRepository calendars, PersonalDataCipher cipher,
                    Clock clock) {
        this.repository = repository;
        this.calendars = calendars;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** What became of a booking. */
    public record Decision(AppointmentStatus status, @Nullable Instant offeredAt) {
    }

    /** Decides a booking sent by {@code terminal}; throws {@link ApiException} for a malformed or impossible one. */
    public Decision book(Terminal terminal, UUID eventId, @Nullable String workerRef, AppointmentBooked booking,
                         Instant occurredAt, Instant receivedAt) {
        String station = terminal.stationCode();
        repository.lockStation(station);
        StationCalendar calendar = calendars.of(station);
        check(calendar, booking, occurredAt);
        if (repository.codeTaken(station, booking.code())) {
            throw ApiException.conflict("code-taken", "the station already has an appointment with this code");
        }
        int capacity = calendar.capacity(booking.service());
        Integer seat = freeSeat(capacity, repository.takenSeats(station, booking.service(), booking.startsAt()));
        Instant offered = seat != null ? null
                : nextFree(calendar, station, booking.service(), booking.startsAt(), receivedAt);
        AppointmentStatus status = seat != null ? AppointmentStatus.BOOKED : AppointmentStatus.LOST;
        String phone = booking.phone() == null ? null : cipher.encrypt(booking.phone());
        repository.insert(new AppointmentRepository.NewBooking(eventId, station, terminal.id(), workerRef,
                booking.code(), booking.service(), booking.startsAt(), seat, status, phone, occurredAt, offered,
                DbTime.statDay(occurredAt)));
        return new Decision(status, offered);
    }

    /** Gives up the station's booking with this code (its seat is free again), as of {@code occurredAt}. */
    public void cancel(Terminal terminal, String code, Instant occurredAt) {
        if (code == null || !code.matches(CODE)) {
            throw ApiException.badRequest("invalid-value", "code must match " + CODE);
        }
        repository.lockStation(terminal.stationCode());
        if (!repository.cancel(terminal.stationCode(), code, DbTime.statDay(occurredAt))) {
            throw ApiException.badRequest("unknown-appointment", "the station has no appointment with this code");
        }
    }

    /** The station's calendar from now on and its bookings from the start of today, as {@code terminal} sees them. */
    public AppointmentCalendar calendarFor(Terminal terminal) {
        Instant now = clock.instant();
        StationCalendar calendar = calendars.of(terminal.stationCode());
        Map<String, Integer> booked = repository.bookedFrom(terminal.stationCode(), now);
        List<AppointmentSlot> slots = new ArrayList<>();
        for (Instant start : calendar.startsAfter(now)) {
            for (AppointmentService service : AppointmentService.values()) {
                int capacity = calendar.capacity(service);
                int taken = booked.getOrDefault(AppointmentRepository.key(service, start), 0);
                slots.add(new AppointmentSlot(service, start, StationCalendar.MINUTES, capacity,
                        Math.max(0, capacity - taken)));
            }
        }
        List<StationAppointment> appointments = repository.from(terminal.stationCode(), StationCalendar.startOfDay(now))
                .stream().map(row -> seenBy(terminal, row)).toList();
        return new AppointmentCalendar(StationCalendar.ZONE.getId(), now, slots, appointments);
    }

    private StationAppointment seenBy(Terminal terminal, AppointmentRepository.Row row) {
        boolean own = row.terminalId().equals(terminal.id());
        // a phone goes to the station's kiosks only where staff must call back: a booking that lost its slot
        String phone = row.status() == AppointmentStatus.LOST && row.phoneCipher() != null
                ? cipher.decrypt(row.phoneCipher()) : null;
        return new StationAppointment(row.code(), row.service(), row.startsAt(), row.status(),
                own ? row.workerRef() : null, phone, row.bookedAt(), row.offeredAt());
    }

    private static void check(StationCalendar calendar, AppointmentBooked b, Instant occurredAt) {
        if (b.code() == null || !b.code().matches(CODE) || b.service() == null || b.startsAt() == null) {
            throw ApiException.badRequest("invalid-value", "code (" + CODE + "), service and startsAt are required");
        }
        if (b.phone() != null && !b.phone().matches(PHONE)) {
            throw ApiException.badRequest("invalid-value", "phone must be 5-20 digits");
        }
        if (!calendar.isSlot(b.startsAt()) || !b.startsAt().isAfter(occurredAt)
                || b.startsAt().isAfter(occurredAt.plus(Duration.ofDays(StationCalendar.DAYS_AHEAD + 1)))) {
            throw ApiException.badRequest("invalid-slot", "startsAt is not an open slot of the station's calendar");
        }
    }

    private static @Nullable Integer freeSeat(int capacity, java.util.Set<Integer> taken) {
        for (int seat = 1; seat <= capacity; seat++) {
            if (!taken.contains(seat)) {
                return seat;
            }
        }
        return null;
    }

    private @Nullable Instant nextFree(StationCalendar calendar, String station, AppointmentService service,
                                       Instant wanted, Instant now) {
        Map<String, Integer> booked = repository.bookedFrom(station, now);
        for (Instant start : calendar.startsAfter(now)) {
            if (!start.isBefore(wanted)
                    && booked.getOrDefault(AppointmentRepository.key(service, start), 0) < calendar.capacity(service)) {
                return start;
            }
        }
        return null;
    }
}
