package org.lingong.kiosk.policy;

import java.util.List;

import org.lingong.platform.api.content.PolicyPage;

/**
 * Port: the policy pages (政策) this station shows: the platform's from the last content bundle, or the bundled demo
 * pages off the platform. Blocking (may read a file): call through the task executor.
 */
public interface PolicySource {

    /** The pages and whether they are demo content. */
    record Shelf(List<PolicyPage> pages, boolean demo) {

        public Shelf {
            pages = List.copyOf(pages);
        }
    }

    Shelf shelf() throws Exception;
}
