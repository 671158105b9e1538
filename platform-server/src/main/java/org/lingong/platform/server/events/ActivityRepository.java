package org.lingong.platform.server.events;

import static org.lingong.platform.server.support.DbTime.param;

import org.lingong.platform.api.events.DeviceStatusChange;
import org.lingong.platform.api.events.Feedback;
import org.lingong.platform.api.events.SignUp;
import org.lingong.platform.api.events.VisitCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Anonymous activity: visits, sign-ups, feedback, device status changes. */
@Repository
class ActivityRepository {

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void visits(EventContext c, VisitCount v) {
        jdbc.sql("INSERT INTO visit_count (event_id, station_code, stat_day, visits) VALUES (?, ?, ?, ?)")
                .params(c.event().eventId(), c.terminal().stationCode(), v.day(), v.visits()).update();
    }

    void signUp(EventContext c, SignUp s, Long workerId) {
        jdbc.sql("INSERT INTO sign_up (event_id, station_code, stat_day, target, item_id, worker_id) VALUES (?, ?, ?, ?, ?, ?)")
                .params(c.event().eventId(), c.terminal().stationCode(), c.statDay(), s.target().name(), s.itemId(),
                        workerId)
                .update();
    }

    void feedback(EventContext c, Feedback f) {
        jdbc.sql("INSERT INTO feedback (event_id, station_code, stat_day, rating, comment) VALUES (?, ?, ?, ?, ?)")
                .params(c.event().eventId(), c.terminal().stationCode(), c.statDay(), f.rating(), f.comment()).update();
    }

    void deviceStatus(EventContext c, DeviceStatusChange d) {
        jdbc.sql("INSERT INTO device_status (event_id, terminal_id, device, state, detail, occurred_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(c.event().eventId(), c.terminal().id(), d.device(), d.state().name(), d.detail(),
                        param(c.event().occurredAt()))
                .update();
    }
}
