package org.lingong.kiosk.platform;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lingong.platform.api.content.ContentBundle;
import org.lingong.platform.api.content.ServiceItem;

/**
 * The latest content bundle from the platform (in memory; empty until the first fetch after start). Written by the
 * {@link PlatformConnection}, read by the screens' ports. Thread-safe.
 */
public final class PlatformContent {

    private volatile @Nullable ContentBundle bundle;

    void update(ContentBundle latest) {
        bundle = latest;
    }

    /** The content version to report in heartbeats; 0 before the first bundle. */
    public long version() {
        ContentBundle current = bundle;
        return current == null ? 0 : current.version();
    }

    /** The station's service items from the last bundle; empty before one arrived. */
    public Optional<List<ServiceItem>> serviceItems() {
        ContentBundle current = bundle;
        return current == null || current.serviceItems() == null
                ? Optional.empty()
                : Optional.of(current.serviceItems());
    }
}
