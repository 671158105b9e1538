package org.lingong.kiosk.remote;

import java.util.List;
import java.util.function.Supplier;

import org.lingong.kiosk.attract.ServiceItem;
import org.lingong.kiosk.attract.ServiceItemSource;

/** The attract screen's service items: the remote configuration's list when it has one, else the usual source. */
public final class RemoteServiceItems implements ServiceItemSource {

    private final Supplier<List<String>> remoteItems;
    private final ServiceItemSource usual;

    public RemoteServiceItems(Supplier<List<String>> remoteItems, ServiceItemSource usual) {
        this.remoteItems = remoteItems;
        this.usual = usual;
    }

    @Override
    public List<ServiceItem> serviceItems() throws Exception {
        List<String> names = remoteItems.get();
        if (names.isEmpty()) {
            return usual.serviceItems();
        }
        return java.util.stream.IntStream.range(0, names.size())
                .mapToObj(i -> new ServiceItem("remote-" + (i + 1), names.get(i), null)).toList();
    }
}
