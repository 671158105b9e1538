package org.lingong.platform.server.appointments;

import static org.lingong.platform.server.support.DbTime.param;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stations' own calendars ({@code station_calendar}, {@code station_closed_day}). */
@Repository
class StationCalendarRepository {

    private final JdbcClient jdbc;

    StationCalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The station's own calendar, or the template for a station without one; with the station's closed dates. */
    StationCalendar of(String stationCode) {
        return find(stationCode).orElseGet(() -> StationCalendar.TEMPLATE.withClosedDates(closedDates(stationCode)));
    }

    /** The station's own weekly calendar with its closed dates; empty when it keeps the template. */
    Optional<StationCalendar> find(String stationCode) {
        Set<LocalDate> closed = closedDates(stationCode);
        return jdbc.sql("SELECT * FROM station_calendar WHERE station_code = ?").param(stationCode)
                .query((rs, i) -> new StationCalendar(days(rs.getString("open_days")),
                        opening(rs, "morning"), opening(rs, "afternoon"), rs.getInt("seats"), rs.getInt("counter_seats"),
                        closed))
                .optional();
    }

    private Set<LocalDate> closedDates(String stationCode) {
        return new HashSet<>(jdbc.sql("SELECT closed_on FROM station_closed_day WHERE station_code = ?")
                .param(stationCode).query((rs, i) -> rs.getObject("closed_on", LocalDate.class)).list());
    }

    /** Stores the station's weekly calendar (its closed dates are kept as they are). */
    void save(String stationCode, StationCalendar calendar, String actor, Instant at) {
        Object[] values = {days(calendar.openDays()), start(calendar.morning()), end(calendar.morning()),
                start(calendar.afternoon()), end(calendar.afternoon()), calendar.seats(), calendar.counterSeats(),
                param(at), actor, stationCode};
        int updated = jdbc.sql("""
                        UPDATE station_calendar SET open_days = ?, morning_start = ?, morning_end = ?, afternoon_start = ?,
                            afternoon_end = ?, seats = ?, counter_seats = ?, updated_at = ?, updated_by = ?
                        WHERE station_code = ?""").params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO station_calendar (open_days, morning_start, morning_end, afternoon_start, afternoon_end,
                                seats, counter_seats, updated_at, updated_by, station_code)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        }
    }

    /** Adds a closed date; false when the station already had it. */
    boolean close(String stationCode, LocalDate day) {
        if (jdbc.sql("SELECT COUNT(*) FROM station_closed_day WHERE station_code = ? AND closed_on = ?")
                .params(stationCode, day).query(Long.class).single() > 0) {
            return false;
        }
        return jdbc.sql("INSERT INTO station_closed_day (station_code, closed_on) VALUES (?, ?)")
                .params(stationCode, day).update() == 1;
    }

    /** Removes a closed date; false when the station did not have it. */
    boolean reopen(String stationCode, LocalDate day) {
        return jdbc.sql("DELETE FROM station_closed_day WHERE station_code = ? AND closed_on = ?")
                .params(stationCode, day).update() == 1;
    }

    private static Set<DayOfWeek> days(String flags) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (flags.charAt(day.ordinal()) == '1') {
                days.add(day);
            }
        }
        return days;
    }

    private static String days(Set<DayOfWeek> days) {
        StringBuilder flags = new StringBuilder();
        for (DayOfWeek day : DayOfWeek.values()) {
            flags.append(days.contains(day) ? '1' : '0');
        }
        return flags.toString();
    }

    private static StationCalendar.@Nullable Opening opening(ResultSet rs, String prefix) throws SQLException {
        LocalTime start = rs.getObject(prefix + "_start", LocalTime.class);
        LocalTime end = rs.getObject(prefix + "_end", LocalTime.class);
        return start == null || end == null ? null : new StationCalendar.Opening(start, end);
    }

    private static @Nullable LocalTime start(StationCalendar.@Nullable Opening opening) {
        return opening == null ? null : opening.start();
    }

    private static @Nullable LocalTime end(StationCalendar.@Nullable Opening opening) {
        return opening == null ? null : opening.end();
    }
}
