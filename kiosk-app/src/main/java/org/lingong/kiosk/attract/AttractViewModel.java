package org.lingong.kiosk.attract;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.theme.LoadState;

/**
 * View model of the attract screen: the station's service items, how fresh the job catalog is,
 * and the tiles. Data comes from the ports through the {@link TaskExecutor}; a result that arrives
 * after the session was wiped is dropped. JavaFX thread only.
 */
public final class AttractViewModel implements SessionScoped {

    private final ServiceItemSource serviceItemSource;
    private final CatalogFreshness catalogFreshness;
    private final TaskExecutor executor;
    private final ScreenNavigator navigator;
    private final Messages messages;
    private final Clock clock;

    private final ObservableList<ServiceItem> serviceItems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LoadState> servicesState = new ReadOnlyObjectWrapper<>(this, "servicesState", LoadState.LOADING);
    private final ReadOnlyObjectWrapper<LoadState> freshnessState = new ReadOnlyObjectWrapper<>(this, "freshnessState", LoadState.LOADING);
    private final ReadOnlyObjectWrapper<Optional<Instant>> catalogRefreshedAt = new ReadOnlyObjectWrapper<>(this, "catalogRefreshedAt", Optional.empty());
    private final StringBinding catalogFreshnessText;
    private long generation;

    public AttractViewModel(ServiceItemSource serviceItemSource, CatalogFreshness catalogFreshness,
            TaskExecutor executor, ScreenNavigator navigator, Messages messages, Clock clock) {
        this.serviceItemSource = serviceItemSource;
        this.catalogFreshness = catalogFreshness;
        this.executor = executor;
        this.navigator = navigator;
        this.messages = messages;
        this.clock = clock;
        this.catalogFreshnessText = Bindings.createStringBinding(this::describeFreshness,
                freshnessState, catalogRefreshedAt, messages.languageProperty());
    }

    /** (Re)loads the service items and the catalog time. */
    public void refresh() {
        long requested = ++generation;
        servicesState.set(LoadState.LOADING);
        freshnessState.set(LoadState.LOADING);
        executor.submit(serviceItemSource::serviceItems,
                items -> whenCurrent(requested, () -> showItems(items)),
                error -> whenCurrent(requested, () -> servicesState.set(LoadState.FAILED)));
        executor.submit(catalogFreshness::lastRefreshed,
                time -> whenCurrent(requested, () -> showFreshness(time)),
                error -> whenCurrent(requested, () -> freshnessState.set(LoadState.FAILED)));
    }

    public void open(AttractTile tile) {
        navigator.show(tile.target());
    }

    public List<AttractTile> tiles() {
        return List.of(AttractTile.values());
    }

    public ObservableList<ServiceItem> serviceItems() {
        return FXCollections.unmodifiableObservableList(serviceItems);
    }

    public ReadOnlyObjectProperty<LoadState> servicesStateProperty() {
        return servicesState.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Instant>> catalogRefreshedAtProperty() {
        return catalogRefreshedAt.getReadOnlyProperty();
    }

    public StringBinding catalogFreshnessText() {
        return catalogFreshnessText;
    }

    @Override
    public void clearSession() {
        serviceItems.clear();
        catalogRefreshedAt.set(Optional.empty());
        refresh();
    }

    private void showItems(List<ServiceItem> items) {
        serviceItems.setAll(items);
        servicesState.set(LoadState.READY);
    }

    private void showFreshness(Optional<Instant> time) {
        catalogRefreshedAt.set(time);
        freshnessState.set(LoadState.READY);
    }

    private void whenCurrent(long requested, Runnable update) {
        if (requested == generation) {
            update.run();
        }
    }

    private String describeFreshness() {
        return switch (freshnessState.get()) {
            case LOADING -> messages.get("attract.catalog.loading");
            case FAILED -> messages.get("attract.catalog.unavailable");
            case READY -> catalogRefreshedAt.get()
                    .map(time -> messages.get("attract.catalog.refreshed", formatTime(time)))
                    .orElseGet(() -> messages.get("attract.catalog.never"));
        };
    }

    private String formatTime(Instant time) {
        return messages.date("attract.catalog.time.pattern", time.atZone(clock.getZone()));
    }
}
