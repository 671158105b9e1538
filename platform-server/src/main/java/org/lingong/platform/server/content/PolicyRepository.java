package org.lingong.platform.server.content;

import java.util.List;
import org.lingong.platform.api.content.PolicyPage;
import org.springframework.stereotype.Repository;

/**
 * Policy pages (政策) as the kiosk sees them, stored as content items of kind {@link ContentKind#POLICY}: each insert
 * is a content change, so the region's kiosks fetch it. Operators edit them in the console's 政策 section.
 */
@Repository
public class PolicyRepository {

    private final ContentRepository content;

    PolicyRepository(ContentRepository content) {
        this.content = content;
    }

    /** The pages (not removed) the stations of {@code regionCode} show, oldest first. */
    public List<PolicyPage> visibleTo(String regionCode) {
        return content.visibleTo(null, regionCode).stream().filter(row -> row.kind() == ContentKind.POLICY)
                .map(ContentRow::policyPage).toList();
    }

    /** Adds a page for the stations under {@code regionCode} (its id is the database's). */
    public void insert(String regionCode, PolicyPage page) {
        content.insert(ContentRow.policy(regionCode, page));
    }
}
