package org.lingong.kiosk.policy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.lingong.kiosk.i18n.TabSeparatedLines;
import org.lingong.platform.api.content.PolicyPage;

/** The bundled demo policy pages ({@code demo-policies.tsv}), shown when the kiosk is not on a platform. */
public final class DemoPolicies implements PolicySource {

    static final String RESOURCE = "demo-policies.tsv";

    @Override
    public Shelf shelf() throws IOException {
        List<PolicyPage> pages = new ArrayList<>();
        TabSeparatedLines.read(DemoPolicies.class, RESOURCE, "The demo policy list", fields -> {
            if (fields.length != 6) {
                throw new IllegalArgumentException("expected 6 tab-separated fields, found " + fields.length);
            }
            pages.add(new PolicyPage(pages.size() + 1, fields[0], fields[1], fields[2], fields[3], fields[4],
                    fields[5]));
        });
        return new Shelf(pages, true);
    }
}
