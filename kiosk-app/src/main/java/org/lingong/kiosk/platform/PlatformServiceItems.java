package org.lingong.kiosk.platform;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.lingong.kiosk.attract.ServiceItem;
import org.lingong.kiosk.attract.ServiceItemSource;

/**
 * The station's service item list from the platform's content bundle, in the platform's sort order; while no bundle
 * has arrived (offline since start, or the platform lists none) the fallback list (the demo list) is shown.
 */
public final class PlatformServiceItems implements ServiceItemSource {

    private final Supplier<Optional<List<org.lingong.platform.api.content.ServiceItem>>> platformItems;
    private final ServiceItemSource fallback;

    public PlatformServiceItems(Supplier<Optional<List<org.lingong.platform.api.content.ServiceItem>>> platformItems,
            ServiceItemSource fallback) {
        this.platformItems = platformItems;
        this.fallback = fallback;
    }

    @Override
    public List<ServiceItem> serviceItems() throws Exception {
        Optional<List<org.lingong.platform.api.content.ServiceItem>> items = platformItems.get()
                .filter(list -> list.stream().anyMatch(item -> item.name() != null && !item.name().isBlank()));
        if (items.isEmpty()) {
            return fallback.serviceItems();
        }
        return items.get().stream()
                .filter(item -> item.name() != null && !item.name().isBlank())
                .sorted(Comparator.comparingInt(org.lingong.platform.api.content.ServiceItem::sortOrder))
                .map(item -> new ServiceItem(String.valueOf(item.id()), item.name().strip(), null, item.mongolianName()))
                .toList();
    }
}
