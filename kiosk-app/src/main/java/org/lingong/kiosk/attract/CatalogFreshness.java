package org.lingong.kiosk.attract;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: when the local job catalog was last synchronised with the platform. The catalog cache of
 * the platform client will implement it; {@link DemoCatalogFreshness} stands in until then.
 *
 * <p>May block: called through the task executor.
 */
public interface CatalogFreshness {

    /** The time of the last successful sync, or empty when the catalog was never synchronised. */
    Optional<Instant> lastRefreshed() throws Exception;
}
