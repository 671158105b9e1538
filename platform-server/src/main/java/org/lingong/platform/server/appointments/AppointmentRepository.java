package org.lingong.platform.server.appointments;

import static org.lingong.platform.server.support.DbTime.param;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.lingong.platform.api.appointments.AppointmentService;
import org.lingong.platform.api.appointments.AppointmentStatus;
import org.lingong.platform.server.support.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AppointmentRepository {

    /** One row as read back; {@code phoneCipher} still encrypted. */
    record Row(String code, AppointmentService service, Instant startsAt, AppointmentStatus status, String terminalId,
               @Nullable String workerRef, @Nullable String phoneCipher, Instant bookedAt, @Nullable Instant offeredAt) {
    }

    /** A new booking: {@code seat} null for a LOST one. */
    record NewBooking(UUID eventId, String stationCode, String terminalId, @Nullable String workerRef, String code,
                      AppointmentService service, Instant startsAt, @Nullable Integer seat, AppointmentStatus status,
                      @Nullable String phoneCipher, Instant bookedAt, @Nullable Instant offeredAt, LocalDate statDay) {
    }

    private final JdbcClient jdbc;

    AppointmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the station's row until the transaction ends: its bookings are decided one at a time. */
    void lockStation(String stationCode) {
        jdbc.sql("SELECT code FROM station WHERE code = ? FOR UPDATE").param(stationCode).query(String.class).list();
    }

    Set<Integer> takenSeats(String stationCode, AppointmentService service, Instant startsAt) {
        return Set.copyOf(jdbc.sql("""
                        SELECT seat FROM appointment
                        WHERE station_code = ? AND service = ? AND starts_at = ? AND seat IS NOT NULL""")
                .params(stationCode, service.name(), param(startsAt)).query(Integer.class).list());
    }

    /** Booked seats per (service, start) of the station from {@code from} on. */
    Map<String, Integer> bookedFrom(String stationCode, Instant from) {
        Map<String, Integer> booked = new HashMap<>();
        jdbc.sql("""
                        SELECT service, starts_at, COUNT(*) AS n FROM appointment
                        WHERE station_code = ? AND starts_at >= ? AND seat IS NOT NULL GROUP BY service, starts_at""")
                .params(stationCode, param(from))
                .query(rs -> {
                    booked.put(key(AppointmentService.valueOf(rs.getString("service")), DbTime.instant(rs, "starts_at")),
                            rs.getInt("n"));
                });
        return booked;
    }

    static String key(AppointmentService service, Instant startsAt) {
        return service.name() + "@" + startsAt;
    }

    boolean codeTaken(String stationCode, String code) {
        return jdbc.sql("SELECT COUNT(*) FROM appointment WHERE station_code = ? AND code = ?")
                .params(stationCode, code).query(Long.class).single() > 0;
    }

    void insert(NewBooking b) {
        jdbc.sql("""
                        INSERT INTO appointment (station_code, code, service, starts_at, seat, status, decided,
                            terminal_id, worker_ref, phone_cipher, booked_at, offered_at, event_id, stat_day)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(b.stationCode(), b.code(), b.service().name(), param(b.startsAt()), b.seat(), b.status().name(),
                        b.status().name(), b.terminalId(), b.workerRef(), b.phoneCipher(), param(b.bookedAt()), param(b.offeredAt()),
                        b.eventId(), b.statDay())
                .update();
    }

    /**
     * Frees the booking's seat; false when the station has no booking with this code. {@code day} is kept as the day of
     * the first cancel (the figures count each booking's cancel once).
     */
    boolean cancel(String stationCode, String code, LocalDate day) {
        return jdbc.sql("""
                        UPDATE appointment SET status = ?, seat = NULL, cancelled_day = COALESCE(cancelled_day, ?)
                        WHERE station_code = ? AND code = ?""")
                .params(AppointmentStatus.CANCELLED.name(), day, stationCode, code).update() == 1;
    }

    List<Row> from(String stationCode, Instant from) {
        return jdbc.sql("""
                        SELECT code, service, starts_at, status, terminal_id, worker_ref, phone_cipher, booked_at, offered_at
                        FROM appointment WHERE station_code = ? AND starts_at >= ? ORDER BY starts_at, code""")
                .params(stationCode, param(from))
                .query((rs, i) -> new Row(rs.getString("code"), AppointmentService.valueOf(rs.getString("service")),
                        DbTime.instant(rs, "starts_at"), AppointmentStatus.valueOf(rs.getString("status")),
                        rs.getString("terminal_id"), rs.getString("worker_ref"), rs.getString("phone_cipher"),
                        DbTime.instant(rs, "booked_at"), DbTime.instant(rs, "offered_at")))
                .list();
    }
}
