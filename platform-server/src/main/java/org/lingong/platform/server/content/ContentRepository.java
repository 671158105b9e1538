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
            instant(rs, "ends_at"), rs.getString("detail"), rs.getBoolean("flag"), rs.getInt("sort_order"),
            rs.getString("link_url"), rs.getString("who_qualifies"), rs.getString("what_to_bring"),
            rs.getString("title_mn"));

    private static final String VISIBLE = """
            (station_code IS NULL AND ? LIKE region_code || '%') OR station_code = ?""";

    private static final String POLICY_SETTING = "contact_policy.";

    private final JdbcClient jdbc;

    public ContentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Items (not removed) visible to a station of {@code regionCode}, ordered by kind, sort order, start, id. */
    public List<ContentRow> visibleTo(String stationCode, String regionCode) {
        return jdbc.sql("SELECT * FROM content_item WHERE NOT removed AND (" + VISIBLE + ") ORDER BY kind, sort_order, starts_at, id")
                .params(regionCode, stationCode).query(ROW).list();
    }

    /**
     * The content version a station sees: the highest change number of its visible items (removed ones included, so a
     * removal raises it too) and of its region's contact policy (0 if none).
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
        insertReturningId(row);
    }

    /** Inserts an item and returns its id. */
    public long insertReturningId(ContentRow row) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO content_item (kind, region_code, station_code, title, organizer, location, starts_at,
                  ends_at, detail, flag, sort_order, link_url, who_qualifies, what_to_bring, title_mn, change_seq)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NEXTVAL('content_change_seq'))""")
                .params(row.kind().name(), row.regionCode(), row.stationCode(), row.title(), row.organizer(),
                        row.location(), param(row.startsAt()), param(row.endsAt()), row.detail(), row.flag(),
                        row.sortOrder(), row.linkUrl(), row.whoQualifies(), row.whatToBring(), row.mongolianTitle())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Items of one kind an operator of {@code regionPrefix} edits: region-wide rows under the prefix, not removed. */
    public List<ContentRow> editableUnder(String regionPrefix, ContentKind kind) {
        return jdbc.sql("""
                SELECT * FROM content_item WHERE kind = ? AND NOT removed AND station_code IS NULL AND region_code LIKE ?
                ORDER BY region_code, sort_order, starts_at DESC, id DESC""")
                .params(kind.name(), regionPrefix + "%").query(ROW).list();
    }

    /** An item that is not removed. */
    public java.util.Optional<ContentRow> find(long id) {
        return jdbc.sql("SELECT * FROM content_item WHERE id = ? AND NOT removed").param(id).query(ROW).optional();
    }

    /** Replaces an item's fields (not its kind or region) under a new change number. */
    public void update(ContentRow row) {
        jdbc.sql("""
                UPDATE content_item SET title = ?, organizer = ?, location = ?, starts_at = ?, ends_at = ?, detail = ?,
                  flag = ?, sort_order = ?, link_url = ?, who_qualifies = ?, what_to_bring = ?, title_mn = ?,
                  change_seq = NEXTVAL('content_change_seq')
                WHERE id = ? AND NOT removed""")
                .params(row.title(), row.organizer(), row.location(), param(row.startsAt()), param(row.endsAt()),
                        row.detail(), row.flag(), row.sortOrder(), row.linkUrl(), row.whoQualifies(), row.whatToBring(),
                        row.mongolianTitle(), row.id())
                .update();
    }

    /** Marks an item removed under a new change number, so its region's version rises. */
    public void remove(long id) {
        jdbc.sql("UPDATE content_item SET removed = TRUE, change_seq = NEXTVAL('content_change_seq') WHERE id = ?")
                .param(id).update();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM content_item").query(Long.class).single();
    }
}
