package org.lingong.platform.server.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Time conversions at the JDBC boundary (same on H2 and PostgreSQL) and the statistics day. */
public final class DbTime {

    /** Statistics days are calendar days in China Standard Time. */
    public static final ZoneId STATS_ZONE = ZoneId.of("Asia/Shanghai");

    private DbTime() {
    }

    public static OffsetDateTime param(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static LocalDate statDay(Instant instant) {
        return instant.atZone(STATS_ZONE).toLocalDate();
    }
}
