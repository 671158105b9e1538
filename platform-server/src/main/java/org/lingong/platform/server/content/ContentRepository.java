package org.lingong.platform.server.content;

import static org.lingong.platform.server.support.DbTime.instant;
import static org.lingong.platform.server.support.DbTime.param;

import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ContentRepository {

    private static final RowMapper<ContentRow> ROW = (rs, i) -> new ContentRow(rs.getLong("id"),
            ContentKind.valueOf(rs.getString("kind")), rs.getString("region_code"), rs.getString("station_code"),
            rs.getString("title"), rs.getString("organizer"), rs.getString("location"), instant(rs, "starts_at"),
            instant(rs, "ends_at"), rs.getString("detail"), rs.getBoolean("flag"), rs.getInt("sort_order"));

    private static final String VISIBLE = """
            (station_code IS NULL AND ? LIKE region_code || '%') OR station_code = ?""";

    private final JdbcClient jdbc;

    public ContentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Items visible to a station of {@code regionCode}, ordered by kind, sort order, start, id. */
    public List<ContentRow> visibleTo(String stationCode, String regionCode) {
        return jdbc.sql("SELECT * FROM content_item WHERE " + VISIBLE + " ORDER BY kind, sort_order, starts_at, id")
                .params(regionCode, stationCode).query(ROW).list();
    }

    /** The content version a station sees: the highest change number of its visible items (0 if none). */
    public long version(String stationCode, String regionCode) {
        Long version = jdbc.sql("SELECT MAX(change_seq) FROM content_item WHERE " + VISIBLE)
                .params(regionCode, stationCode).query(Long.class).optional().orElse(null);
        return version == null ? 0 : version;
    }

    public void insert(ContentRow row) {
        jdbc.sql("""
                INSERT INTO content_item (kind, region_code, station_code, title, organizer, location, starts_at,
                  ends_at, detail, flag, sort_order, change_seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NEXTVAL('content_change_seq'))""")
                .params(row.kind().name(), row.regionCode(), row.stationCode(), row.title(), row.organizer(),
                        row.location(), param(row.startsAt()), param(row.endsAt()), row.detail(), row.flag(),
                        row.sortOrder())
                .update();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM content_item").query(Long.class).single();
    }
}
