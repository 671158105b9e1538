package org.lingong.platform.server.content;

import java.util.List;
import org.lingong.platform.api.content.PolicyPage;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Policy pages (政策) by region prefix; each insert is a content change, so the region's kiosks fetch it. */
@Repository
public class PolicyRepository {

    private static final RowMapper<PolicyPage> PAGE = (rs, i) -> new PolicyPage(rs.getLong("id"), rs.getString("title"),
            rs.getString("summary"), rs.getString("who_qualifies"), rs.getString("what_to_bring"),
            rs.getString("where_to_go"), rs.getString("full_text_url"));

    private static final String VISIBLE = "? LIKE region_code || '%'";

    private final JdbcClient jdbc;

    PolicyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The pages a station of {@code regionCode} shows, in the order they were added. */
    public List<PolicyPage> visibleTo(String regionCode) {
        return jdbc.sql("SELECT * FROM policy_page WHERE " + VISIBLE + " ORDER BY id").param(regionCode).query(PAGE)
                .list();
    }

    /** The highest change number of the pages a region sees (0 if none). */
    public long version(String regionCode) {
        Long version = jdbc.sql("SELECT MAX(change_seq) FROM policy_page WHERE " + VISIBLE).param(regionCode)
                .query(Long.class).optional().orElse(null);
        return version == null ? 0 : version;
    }

    /** Adds a page for the stations under {@code regionCode} (its id is the database's). */
    public void insert(String regionCode, PolicyPage page) {
        jdbc.sql("""
                INSERT INTO policy_page (region_code, title, summary, who_qualifies, what_to_bring, where_to_go,
                  full_text_url, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, NEXTVAL('content_change_seq'))""")
                .params(regionCode, page.title(), page.summary(), page.whoQualifies(), page.whatToBring(),
                        page.whereToGo(), page.fullTextUrl())
                .update();
    }
}
