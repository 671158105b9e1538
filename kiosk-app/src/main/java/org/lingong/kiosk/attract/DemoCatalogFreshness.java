package org.lingong.kiosk.attract;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Demo stand-in: a fixed answer ("never synchronised" unless a time is given). */
public final class DemoCatalogFreshness implements CatalogFreshness {

    private final @Nullable Instant refreshedAt;

    public DemoCatalogFreshness(@Nullable Instant refreshedAt) {
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
