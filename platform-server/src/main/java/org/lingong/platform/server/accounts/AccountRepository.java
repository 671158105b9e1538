package org.lingong.platform.server.accounts;

import static org.lingong.platform.server.support.DbTime.instant;
import static org.lingong.platform.server.support.DbTime.param;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccountRepository {

    private static final RowMapper<Account> ROW = (rs, i) -> new Account(rs.getString("username"),
            rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("display_name"),
            rs.getString("region_code"), rs.getString("station_code"),
            rs.getObject("employer_id") == null ? null : rs.getLong("employer_id"), rs.getInt("failed_logins"),
            instant(rs, "locked_until"), rs.getBoolean("enabled"), instant(rs, "created_at"));

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Account> find(String username) {
        return jdbc.sql("SELECT * FROM account WHERE username = ?").param(username).query(ROW).optional();
    }

    void insert(Account a) {
        jdbc.sql("""
                INSERT INTO account (username, password_hash, role, display_name, region_code, station_code, employer_id,
                  failed_logins, locked_until, enabled, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?)""")
                .params(a.username(), a.passwordHash(), a.role().name(), a.displayName(), a.regionCode(),
                        a.stationCode(), a.employerId(), a.enabled(), param(a.createdAt()))
                .update();
    }

    void updatePassword(String username, String hash) {
        jdbc.sql("UPDATE account SET password_hash = ? WHERE username = ?").params(hash, username).update();
    }

    /** Counts a failed login; locks the account until {@code lockUntil} when the count reaches {@code limit}. */
    int recordFailure(String username, int limit, Instant lockUntil) {
        jdbc.sql("UPDATE account SET failed_logins = failed_logins + 1 WHERE username = ?").param(username).update();
        int failures = jdbc.sql("SELECT failed_logins FROM account WHERE username = ?").param(username)
                .query(Integer.class).optional().orElse(0);
        if (failures >= limit) {
            jdbc.sql("UPDATE account SET locked_until = ?, failed_logins = 0 WHERE username = ?")
                    .params(param(lockUntil), username).update();
        }
        return failures;
    }

    void recordSuccess(String username) {
        jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE username = ? AND failed_logins > 0")
                .param(username).update();
    }

    void unlock(String username) {
        jdbc.sql("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE username = ?").param(username).update();
    }

    Optional<String> stationDistrict(String stationCode) {
        return jdbc.sql("SELECT district_code FROM station WHERE code = ?").param(stationCode).query(String.class).optional();
    }

    /** Operator and staff accounts whose region or station lies under {@code prefix}. */
    List<Account> staffUnder(String prefix) {
        return jdbc.sql("""
                SELECT a.* FROM account a LEFT JOIN station s ON s.code = a.station_code
                WHERE (a.role = 'OPERATOR' AND a.region_code LIKE ?) OR (a.role = 'STATION_STAFF' AND s.district_code LIKE ?)
                ORDER BY a.role, a.username""").params(prefix + "%", prefix + "%").query(ROW).list();
    }
}
