package org.lingong.platform.server.seed;

import java.util.List;
import org.lingong.platform.api.content.PolicyPage;

/** The demo's policy pages (政策) for all of Inner Mongolia, from {@code policy-pages.tsv}. */
public final class PolicySeed {

    /** The region prefix the demo pages are pushed to: every station of Inner Mongolia. */
    public static final String REGION = "15";

    private PolicySeed() {
    }

    public static List<PolicyPage> pages() {
        return TsvResource.read("policy-pages.tsv", 6).stream().map(row -> new PolicyPage(0, row.cell(0), row.cell(1),
                row.cell(2), row.cell(3), row.cell(4), row.cell(5))).toList();
    }
}
