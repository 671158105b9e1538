package org.lingong.platform.server.audit;

import static org.lingong.platform.server.support.DbTime.instant;
import static org.lingong.platform.server.support.DbTime.param;

import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit log of every change made through the console and the operator API. Written in the caller's
 * transaction, so a change and its entry commit together. Never holds passwords or personal data.
 */
@Repository
public class AuditLog {

    private static final RowMapper<AuditEntry> ROW = (rs, i) -> new AuditEntry(rs.getLong("id"), instant(rs, "at"),
            rs.getString("actor"), rs.getString("action"), rs.getString("target"), rs.getString("detail"),
            rs.getString("region_code"));

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @param regionCode GB/T 2260 code of where the changed thing is (null: platform-wide) */
    public void record(String actor, String action, String target, String detail, String regionCode) {
        jdbc.sql("INSERT INTO audit_log (at, actor, action, target, detail, region_code) VALUES (?, ?, ?, ?, ?, ?)")
                .params(param(clock.instant()), cut(actor, 40), cut(action, 40), cut(target, 80), cut(detail, 500),
                        regionCode)
                .update();
    }

    /** The newest entries about things under the region prefix (platform-wide entries only for the province). */
    public List<AuditEntry> latest(String regionPrefix, int limit) {
        return jdbc.sql("""
                SELECT * FROM audit_log WHERE region_code LIKE ? OR (region_code IS NULL AND LENGTH(?) <= 2)
                ORDER BY id DESC LIMIT ?""").params(regionPrefix + "%", regionPrefix, limit).query(ROW).list();
    }

    private static String cut(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }
}
