package org.lingong.platform.server.appointments;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lingong.platform.api.appointments.AppointmentService;
import org.lingong.platform.server.support.DbTime;

/**
 * The weekly calendar every station offers: Monday to Saturday, 30-minute slots from 09:00 to 11:30 and from 14:30 to
 * 17:00 in the station's zone, for {@link #DAYS_AHEAD} days; one seat per slot, two for 政策咨询 and 代办 (counter
 * services). Pure: the same instant is always the same slot.
 */
final class SlotTemplate {

    static final int DAYS_AHEAD = 7;
    static final int MINUTES = 30;
    static final ZoneId ZONE = DbTime.STATS_ZONE;

    private static final List<LocalTime> STARTS = starts();
    private static final Map<AppointmentService, Integer> CAPACITY = capacities();

    private SlotTemplate() {
    }

    static int capacity(AppointmentService service) {
        return CAPACITY.get(service);
    }

    /** Whether {@code startsAt} begins a slot of the calendar (any week). */
    static boolean isSlot(Instant startsAt) {
        ZonedDateTime local = startsAt.atZone(ZONE);
        return isOpen(local.toLocalDate()) && STARTS.contains(local.toLocalTime());
    }

    /** The slot starts after {@code now}, through the end of the {@link #DAYS_AHEAD}th day, in order. */
    static List<Instant> startsAfter(Instant now) {
        LocalDate today = now.atZone(ZONE).toLocalDate();
        List<Instant> result = new ArrayList<>();
        for (int d = 0; d < DAYS_AHEAD; d++) {
            LocalDate day = today.plusDays(d);
            if (!isOpen(day)) {
                continue;
            }
            for (LocalTime start : STARTS) {
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

    private static boolean isOpen(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static List<LocalTime> starts() {
        List<LocalTime> starts = new ArrayList<>();
        for (LocalTime t = LocalTime.of(9, 0); t.isBefore(LocalTime.of(11, 30)); t = t.plusMinutes(MINUTES)) {
            starts.add(t);
        }
        for (LocalTime t = LocalTime.of(14, 30); t.isBefore(LocalTime.of(17, 0)); t = t.plusMinutes(MINUTES)) {
            starts.add(t);
        }
        return List.copyOf(starts);
    }

    private static Map<AppointmentService, Integer> capacities() {
        Map<AppointmentService, Integer> capacity = new EnumMap<>(AppointmentService.class);
        for (AppointmentService service : AppointmentService.values()) {
            capacity.put(service, 1);
        }
        capacity.put(AppointmentService.POLICY_ADVICE, 2);
        capacity.put(AppointmentService.ERRAND, 2);
        return Map.copyOf(capacity);
    }
}
