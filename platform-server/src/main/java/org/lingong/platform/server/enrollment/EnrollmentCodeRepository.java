package org.lingong.platform.server.enrollment;

import static org.lingong.platform.server.support.DbTime.param;

import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EnrollmentCodeRepository {

    private final JdbcClient jdbc;

    EnrollmentCodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String code, String stationCode, Instant expiresAt, boolean reusable) {
        jdbc.sql("INSERT INTO enrollment_code (code, station_code, expires_at, reusable) VALUES (?, ?, ?, ?)")
                .params(code, stationCode, param(expiresAt), reusable).update();
    }

    /** Ends every reusable code of the station now; returns how many. */
    int retireReusable(String stationCode, Instant now) {
        return jdbc.sql("UPDATE enrollment_code SET expires_at = ? WHERE station_code = ? AND reusable AND expires_at > ?")
                .params(param(now), stationCode, param(now)).update();
    }

    /** Whether the code exists, whatever its state. */
    boolean exists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM enrollment_code WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    /**
     * Atomically consumes the code for the station: true if it existed, belonged to the station, had not
     * expired and was unused (or reusable). Safe against two terminals racing for one code.
     */
    boolean consume(String code, String stationCode, Instant now) {
        return jdbc.sql("""
                UPDATE enrollment_code SET used_at = ?
                WHERE code = ? AND station_code = ? AND expires_at > ? AND (used_at IS NULL OR reusable)""")
                .params(param(now), code, stationCode, param(now)).update() == 1;
    }
}
