package org.lingong.kiosk.platform;

import java.time.Instant;
import java.util.Optional;

import org.lingong.kiosk.attract.CatalogFreshness;
import org.lingong.platform.client.catalog.JobCatalog;

/** When the local job catalog last completed a refresh from the platform (kept in {@code catalog.db}). */
public final class PlatformCatalogFreshness implements CatalogFreshness {

    private final JobCatalog catalog;

    public PlatformCatalogFreshness(JobCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<Instant> lastRefreshed() {
        return catalog.lastRefresh();
    }
}
