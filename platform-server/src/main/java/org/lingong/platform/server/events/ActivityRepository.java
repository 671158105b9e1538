package org.lingong.platform.server.events;

import static org.lingong.platform.server.support.DbTime.param;

import org.lingong.platform.api.events.DeviceStatusChange;
import org.lingong.platform.api.events.EmploymentStatusCheck;
import org.lingong.platform.api.events.Feedback;
import org.lingong.platform.api.events.SignUp;
import org.lingong.platform.api.events.StaffCall;
import org.lingong.platform.api.events.VisitCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Activity: visits and the funnel, sign-ups, feedback, staff calls, status checks, device status changes. */
@Repository
class ActivityRepository {

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void visits(EventContext c, VisitCount v) {
        jdbc.sql("""
                INSERT INTO visit_count (event_id, station_code, stat_day, visits, identified, searched, referred,
                  printed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.event().eventId(), c.terminal().stationCode(), v.day(), v.visits(), v.identified(),
                        v.searched(), v.referred(), v.printed())
                .update();
        v.tiles().forEach((tile, sessions) -> jdbc.sql(
                        "INSERT INTO visit_tile (event_id, tile, station_code, stat_day, sessions) VALUES (?, ?, ?, ?, ?)")
                .params(c.event().eventId(), tile, c.terminal().stationCode(), v.day(), sessions).update());
    }

    void signUp(EventContext c, SignUp s, Long workerId) {
        jdbc.sql("INSERT INTO sign_up (event_id, station_code, stat_day, target, item_id, worker_id) VALUES (?, ?, ?, ?, ?, ?)")
                .params(c.event().eventId(), c.terminal().stationCode(), c.statDay(), s.target().name(), s.itemId(),
                        workerId)
                .update();
    }

    void feedback(EventContext c, Feedback f, Long workerId) {
        String reasons = f.reasons().isEmpty() ? null : String.join(",", f.reasons());
        jdbc.sql("""
                INSERT INTO feedback (event_id, station_code, stat_day, rating, comment, service, reasons, worker_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.event().eventId(), c.terminal().stationCode(), c.statDay(), f.rating(), f.comment(),
                        f.service(), reasons, workerId)
                .update();
    }

    void staffCall(EventContext c, StaffCall call) {
        jdbc.sql("""
                INSERT INTO staff_call (event_id, station_code, terminal_id, stat_day, called_at, screen)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(c.event().eventId(), c.terminal().stationCode(), c.terminal().id(), c.statDay(),
                        param(c.event().occurredAt()), call.screen())
                .update();
    }

    void employmentCheck(EventContext c, long workerId, EmploymentStatusCheck check, boolean applied) {
        jdbc.sql("""
                INSERT INTO employment_check (event_id, station_code, stat_day, worker_id, situation, applied)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(c.event().eventId(), c.terminal().stationCode(), c.statDay(), workerId,
                        check.situation().name(), applied)
                .update();
    }

    void deviceStatus(EventContext c, DeviceStatusChange d) {
        jdbc.sql("INSERT INTO device_status (event_id, terminal_id, device, state, detail, occurred_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(c.event().eventId(), c.terminal().id(), d.device(), d.state().name(), d.detail(),
                        param(c.event().occurredAt()))
                .update();
    }
}
