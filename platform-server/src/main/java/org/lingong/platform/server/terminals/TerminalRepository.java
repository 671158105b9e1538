package org.lingong.platform.server.terminals;

import static org.lingong.platform.server.support.DbTime.instant;
import static org.lingong.platform.server.support.DbTime.param;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class TerminalRepository {

    private static final RowMapper<Terminal> TERMINAL = (rs, i) -> new Terminal(rs.getString("id"),
            rs.getString("station_code"), rs.getString("region_code"),
            Ed25519Keys.decodePublicKey(rs.getString("public_key")), instant(rs, "revoked_at"));

    private static final RowMapper<TerminalStatus> STATUS = (rs, i) -> new TerminalStatus(rs.getString("id"),
            rs.getString("station_code"), rs.getString("name"), instant(rs, "enrolled_at"), instant(rs, "revoked_at"),
            instant(rs, "last_seen_at"), rs.getString("app_version"), rs.getString("device_states"),
            (Integer) rs.getObject("outbox_depth"), rs.getObject("outbox_age_s") == null ? null : rs.getLong("outbox_age_s"),
            rs.getObject("disk_free_bytes") == null ? null : rs.getLong("disk_free_bytes"));

    private final JdbcClient jdbc;

    public TerminalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Terminal> find(String id) {
        return jdbc.sql("""
                SELECT t.id, t.station_code, s.region_code, t.public_key, t.revoked_at
                FROM terminal t JOIN station s ON s.code = t.station_code WHERE t.id = ?""")
                .param(id).query(TERMINAL).optional();
    }

    public void insert(String id, String stationCode, String publicKeyBase64, String appVersion, Instant now) {
        jdbc.sql("""
                INSERT INTO terminal (id, station_code, public_key, enrolled_at, app_version)
                VALUES (?, ?, ?, ?, ?)""").params(id, stationCode, publicKeyBase64, param(now), appVersion).update();
    }

    /** @return false if there is no such terminal */
    public boolean revoke(String id, Instant now) {
        return jdbc.sql("UPDATE terminal SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?")
                .params(param(now), id).update() == 1;
    }

    /** Whether this public key (base64, as stored) belongs to a revoked terminal. */
    public boolean isRevokedKey(String publicKeyBase64) {
        return jdbc.sql("SELECT COUNT(*) FROM terminal WHERE public_key = ? AND revoked_at IS NOT NULL")
                .param(publicKeyBase64).query(Long.class).single() > 0;
    }

    /**
     * The {@code UPDATE} that records everything a heartbeat reports in one statement (a heartbeat is the most frequent
     * terminal request), for the caller to run alone or inside a statement of its own (its SQL ends with the
     * {@code WHERE} clause, so a condition may be appended with {@code AND}).
     */
    public HeartbeatUpdate heartbeatUpdate(String id, HeartbeatFacts facts) {
        List<Object> params = new ArrayList<>(Arrays.asList(param(facts.seenAt()), facts.appVersion(), facts.deviceStates(),
                facts.outboxDepth(), facts.outboxAgeSeconds(), facts.diskFreeBytes(), facts.parkedEvents(),
                facts.parkedSummary(), facts.kioskContentVersion(), facts.currentContentVersion(),
                facts.clockSkewMillis()));
        String remote = "";
        if (facts.appliedConfigVersion() != null) {
            remote = ", applied_config_version = ?, config_refusal = ?";
            params.add(facts.appliedConfigVersion());
            params.add(facts.configRefusal());
        }
        params.add(id);
        return new HeartbeatUpdate("""
                UPDATE terminal SET last_seen_at = ?, app_version = ?, device_states = ?, outbox_depth = ?,
                  outbox_age_s = ?, disk_free_bytes = ?, parked_events = ?, parked_summary = ?, content_version = ?,
                  content_current = ?, clock_skew_ms = ?""" + remote + " WHERE id = ?", Collections.unmodifiableList(params));
    }

    /** An {@code UPDATE} statement and its parameters (some of them null, so not a {@code List.of}). */
    public record HeartbeatUpdate(String sql, List<Object> parameters) {
    }

    /** The terminals whose last heartbeat reported parked events, by terminal id. */
    public Map<String, ParkedSummary> parked() {
        Map<String, ParkedSummary> parked = new LinkedHashMap<>();
        jdbc.sql("SELECT id, parked_events, parked_summary FROM terminal WHERE parked_events > 0 ORDER BY id")
                .query((rs, i) -> parked.put(rs.getString("id"),
                        ParkedSummary.decode(rs.getInt("parked_events"), rs.getString("parked_summary"))))
                .list();
        return parked;
    }

    /** Terminals of stations whose district code starts with {@code districtPrefix}, by station and id. */
    public List<TerminalDetail> under(String districtPrefix) {
        return jdbc.sql("""
                SELECT t.*, s.name, s.district_code FROM terminal t JOIN station s ON s.code = t.station_code
                WHERE s.district_code LIKE ? ORDER BY t.station_code, t.id""").param(districtPrefix + "%")
                .query((rs, i) -> new TerminalDetail(STATUS.mapRow(rs, i), rs.getString("district_code"),
                        rs.getInt("parked_events") > 0
                                ? ParkedSummary.decode(rs.getInt("parked_events"), rs.getString("parked_summary")) : null,
                        (Long) rs.getObject("content_version", Long.class), rs.getObject("content_current", Long.class),
                        rs.getObject("clock_skew_ms", Long.class)))
                .list();
    }

    public List<TerminalStatus> fleet() {
        return jdbc.sql("""
                SELECT t.*, s.name FROM terminal t JOIN station s ON s.code = t.station_code
                ORDER BY t.station_code, t.id""").query(STATUS).list();
    }
}
