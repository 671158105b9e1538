package org.lingong.platform.server.stats;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Grouped counts per station and day, one query per figure (same SQL on H2 and PostgreSQL). */
@Repository
class StatsRepository {

    /** One figure of one station on one day. */
    record Count(String stationCode, LocalDate day, long value) {
    }

    private final JdbcClient jdbc;

    StatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Count> registrations(LocalDate from, LocalDate to, String station) {
        return grouped("SELECT station_code, stat_day AS d, COUNT(*) AS v FROM event_log WHERE type = 'WORKER_REGISTERED'",
                "stat_day", from, to, station);
    }

    List<Count> referrals(LocalDate from, LocalDate to, String station) {
        return grouped("SELECT station_code, issued_day AS d, COUNT(*) AS v FROM referral WHERE 1 = 1", "issued_day",
                from, to, station);
    }

    List<Count> checkIns(LocalDate from, LocalDate to, String station) {
        return grouped("SELECT station_code, checkin_day AS d, COUNT(*) AS v FROM referral WHERE checkin_day IS NOT NULL",
                "checkin_day", from, to, station);
    }

    /** Hires (城镇新增就业), optionally only of workers with one of the given employment statuses. */
    List<Count> hires(LocalDate from, LocalDate to, String station, List<String> statuses) {
        String filter = statuses.isEmpty() ? "" : " AND employment_status IN ('" + String.join("','", statuses) + "')";
        return grouped("SELECT station_code, outcome_day AS d, COUNT(*) AS v FROM referral WHERE state = 'HIRED'" + filter,
                "outcome_day", from, to, station);
    }

    List<Count> visits(LocalDate from, LocalDate to, String station) {
        return grouped("SELECT station_code, stat_day AS d, SUM(visits) AS v FROM visit_count WHERE 1 = 1", "stat_day",
                from, to, station);
    }

    List<Count> signUps(LocalDate from, LocalDate to, String station) {
        return grouped("SELECT station_code, stat_day AS d, COUNT(*) AS v FROM sign_up WHERE 1 = 1", "stat_day", from, to,
                station);
    }

    List<Count> feedback(LocalDate from, LocalDate to, String station) {
        return grouped("SELECT station_code, stat_day AS d, COUNT(*) AS v FROM feedback WHERE 1 = 1", "stat_day", from,
                to, station);
    }

    /** 好差评 with {@code rating} (1-5). */
    List<Count> ratings(LocalDate from, LocalDate to, String station, int rating) {
        return grouped("SELECT station_code, stat_day AS d, COUNT(*) AS v FROM feedback WHERE rating = " + rating,
                "stat_day", from, to, station);
    }

    List<Count> staffCalls(LocalDate from, LocalDate to, String station) {
        return grouped("SELECT station_code, stat_day AS d, COUNT(*) AS v FROM staff_call WHERE 1 = 1", "stat_day", from,
                to, station);
    }

    List<Count> statusChecks(LocalDate from, LocalDate to, String station) {
        return grouped("SELECT station_code, stat_day AS d, COUNT(*) AS v FROM employment_check WHERE 1 = 1",
                "stat_day", from, to, station);
    }

    /** Appointments booked each day that got a seat when they came in (even if cancelled later). */
    List<Count> appointmentsBooked(LocalDate from, LocalDate to, String station) {
        return grouped("SELECT station_code, stat_day AS d, COUNT(*) AS v FROM appointment WHERE decided = 'BOOKED'",
                "stat_day", from, to, station);
    }

    /** Appointments booked each day that found their slot full when they came in (LOST, even if cancelled later). */
    List<Count> appointmentsLost(LocalDate from, LocalDate to, String station) {
        return grouped("SELECT station_code, stat_day AS d, COUNT(*) AS v FROM appointment WHERE decided = 'LOST'",
                "stat_day", from, to, station);
    }

    /** Appointments cancelled each day (the day of the first cancel). */
    List<Count> appointmentsCancelled(LocalDate from, LocalDate to, String station) {
        return grouped("SELECT station_code, cancelled_day AS d, COUNT(*) AS v FROM appointment"
                + " WHERE cancelled_day IS NOT NULL", "cancelled_day", from, to, station);
    }

    /** The sessions of each day that reached {@code step} of the visit funnel. */
    List<Count> funnel(LocalDate from, LocalDate to, String station, FunnelStep step) {
        return grouped("SELECT station_code, stat_day AS d, SUM(" + step.column + ") AS v FROM visit_count WHERE 1 = 1",
                "stat_day", from, to, station);
    }

    /** The columns of visit_count that hold the funnel's steps. */
    enum FunnelStep {
        IDENTIFIED("identified"), SEARCHED("searched"), REFERRED("referred"), PRINTED("printed");

        private final String column;

        FunnelStep(String column) {
            this.column = column;
        }
    }

    private List<Count> grouped(String select, String dayColumn, LocalDate from, LocalDate to, String station) {
        String sql = select + " AND " + dayColumn + " BETWEEN ? AND ?"
                + (station == null ? "" : " AND station_code = ?")
                + " GROUP BY station_code, " + dayColumn;
        var statement = jdbc.sql(sql).param(from).param(to);
        if (station != null) {
            statement = statement.param(station);
        }
        return statement.query((rs, i) -> new Count(rs.getString("station_code"), rs.getObject("d", LocalDate.class),
                rs.getLong("v"))).list();
    }
}
