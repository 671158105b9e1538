package org.lingong.platform.server.appointments;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.lingong.platform.api.appointments.AppointmentService;
import org.lingong.platform.server.support.DbTime;

/**
 * A station's weekly appointment calendar in the station's zone: the open weekdays, a morning and an afternoon
 * opening (either may be absent) cut into {@link #MINUTES}-minute slots, the seats per slot ({@code counterSeats} for
 * the counter services 政策咨询 and 代办) and the closed dates; offered for {@link #DAYS_AHEAD} days. {@link #TEMPLATE}
 * is the calendar of a station that has none of its own. Pure: the same instant is always the same slot.
 */
public record StationCalendar(Set<DayOfWeek> openDays, @Nullable Opening morning, @Nullable Opening afternoon,
                              int seats, int counterSeats, Set<LocalDate> closedDates) {

    public static final int DAYS_AHEAD = 7;
    public static final int MINUTES = 30;
    public static final ZoneId ZONE = DbTime.STATS_ZONE;

    /** Monday to Saturday, 09:00-11:30 and 14:30-17:00, one seat, two for the counter services. */
    public static final StationCalendar TEMPLATE = new StationCalendar(
            EnumSet.complementOf(EnumSet.of(DayOfWeek.SUNDAY)),
            new Opening(LocalTime.of(9, 0), LocalTime.of(11, 30)),
            new Opening(LocalTime.of(14, 30), LocalTime.of(17, 0)), 1, 2, Set.of());

    /** An opening from {@code start} to {@code end} (exclusive end of the last slot). */
    public record Opening(LocalTime start, LocalTime end) {
    }

    public StationCalendar {
        openDays = openDays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(openDays));
        closedDates = Set.copyOf(closedDates);
    }

    /** The same weekly calendar closed on {@code dates} (and on no other date). */
    public StationCalendar withClosedDates(Set<LocalDate> dates) {
        return new StationCalendar(openDays, morning, afternoon, seats, counterSeats, dates);
    }

    /** Whether the counter services (政策咨询, 代办) are booked with {@code counterSeats}. */
    public static boolean isCounterService(AppointmentService service) {
        return service == AppointmentService.POLICY_ADVICE || service == AppointmentService.ERRAND;
    }

    int capacity(AppointmentService service) {
        return isCounterService(service) ? counterSeats : seats;
    }

    /** Whether {@code startsAt} begins a slot of this calendar (any week). */
    boolean isSlot(Instant startsAt) {
        ZonedDateTime local = startsAt.atZone(ZONE);
        return local.getSecond() == 0 && local.getNano() == 0 && isOpen(local.toLocalDate())
                && starts().contains(local.toLocalTime());
    }

    /** The slot starts after {@code now}, through the end of the {@link #DAYS_AHEAD}th day, in order. */
    List<Instant> startsAfter(Instant now) {
        LocalDate today = now.atZone(ZONE).toLocalDate();
        List<LocalTime> starts = starts();
        List<Instant> result = new ArrayList<>();
        for (int d = 0; d < DAYS_AHEAD; d++) {
            LocalDate day = today.plusDays(d);
            if (!isOpen(day)) {
                continue;
            }
            for (LocalTime start : starts) {
                Instant at = day.atTime(start).atZone(ZONE).toInstant();
                if (at.isAfter(now)) {
                    result.add(at);
                }
            }
        }
        return result;
    }

    static Instant startOfDay(Instant now) {
        return now.atZone(ZONE).toLocalDate().atStartOfDay(ZONE).toInstant();
    }

    private boolean isOpen(LocalDate day) {
        return openDays.contains(day.getDayOfWeek()) && !closedDates.contains(day);
    }

    /** The slot starts of an open day, in order. */
    List<LocalTime> starts() {
        List<LocalTime> starts = new ArrayList<>();
        for (Opening opening : new Opening[] {morning, afternoon}) {
            if (opening == null) {
                continue;
            }
            for (LocalTime t = opening.start(); !t.plusMinutes(MINUTES).isAfter(opening.end())
                    && !t.plusMinutes(MINUTES).isBefore(t); t = t.plusMinutes(MINUTES)) {
                starts.add(t);
            }
        }
        return List.copyOf(starts);
    }
}
