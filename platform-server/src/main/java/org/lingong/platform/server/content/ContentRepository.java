package org.lingong.platform.server.content;

import static org.lingong.platform.server.support.DbTime.instant;
import static org.lingong.platform.server.support.DbTime.param;

import java.util.List;
import org.lingong.platform.api.content.ContactPolicy;
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

    private static final String POLICY_SETTING = "contact_policy.";

    private final JdbcClient jdbc;

    public ContentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Items visible to a station of {@code regionCode}, ordered by kind, sort order, start, id. */
    public List<ContentRow> visibleTo(String stationCode, String regionCode) {
        return jdbc.sql("SELECT * FROM content_item WHERE " + VISIBLE + " ORDER BY kind, sort_order, starts_at, id")
                .params(regionCode, stationCode).query(ROW).list();
    }

    /**
     * The content version a station sees: the highest change number of its visible items and of its region's contact
     * policy (0 if none).
     */
    public long version(String stationCode, String regionCode) {
        Long version = jdbc.sql("SELECT MAX(change_seq) FROM content_item WHERE " + VISIBLE)
                .params(regionCode, stationCode).query(Long.class).optional().orElse(null);
        long policyChange = policySetting(regionCode).map(value -> Long.parseLong(value.substring(value.indexOf(':') + 1)))
                .orElse(0L);
        return Math.max(version == null ? 0 : version, policyChange);
    }

    /** The contact policy of a region ({@code platform_setting} {@code contact_policy.<region>}); OPEN if none is set. */
    public ContactPolicy contactPolicy(String regionCode) {
        return policySetting(regionCode).map(value -> ContactPolicy.valueOf(value.substring(0, value.indexOf(':'))))
                .orElse(ContactPolicy.OPEN);
    }

    /** Sets a region's contact policy as a content change, so the region's kiosks fetch it with their next bundle. */
    public void setContactPolicy(String regionCode, ContactPolicy policy) {
        long change = jdbc.sql("SELECT NEXTVAL('content_change_seq')").query(Long.class).single();
        String name = POLICY_SETTING + regionCode;
        String value = policy.name() + ":" + change;
        if (jdbc.sql("UPDATE platform_setting SET setting_value = ? WHERE name = ?").params(value, name).update() == 0) {
            jdbc.sql("INSERT INTO platform_setting (name, setting_value) VALUES (?, ?)").params(name, value).update();
        }
    }

    private java.util.Optional<String> policySetting(String regionCode) {
        return jdbc.sql("SELECT setting_value FROM platform_setting WHERE name = ?").param(POLICY_SETTING + regionCode)
                .query(String.class).optional();
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
