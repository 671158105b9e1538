package org.lingong.kiosk.attract;

import java.time.Instant;
import java.util.Optional;

/** Demo stand-in: a fixed answer ("never synchronised" unless a time is given). */
public final class DemoCatalogFreshness implements CatalogFreshness {

    private final Instant refreshedAt;

    public DemoCatalogFreshness(Instant refreshedAt) {
        this.refreshedAt = refreshedAt;
    }

    public static DemoCatalogFreshness neverSynchronised() {
        return new DemoCatalogFreshness(null);
    }

    @Override
    public Optional<Instant> lastRefreshed() {
        return Optional.ofNullable(refreshedAt);
    }
}
