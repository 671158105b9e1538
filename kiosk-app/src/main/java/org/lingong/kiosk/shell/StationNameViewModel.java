package org.lingong.kiosk.shell;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.lingong.kiosk.config.CurrentStation;
import org.lingong.kiosk.executor.TaskExecutor;

/**
 * The station's name in the top bar of every screen: the name in force now ({@link CurrentStation}). A rename comes
 * on another thread (the remote configuration's); the property follows it on the JavaFX thread, never blocking it,
 * and always ends on the name in force (it reads the holder there, so two quick renames cannot leave the older one).
 */
public final class StationNameViewModel {

    private final ReadOnlyStringWrapper name;

    public StationNameViewModel(CurrentStation station, TaskExecutor executor) {
        this.name = new ReadOnlyStringWrapper(station.name());
        station.onRename(renamed -> executor.runOnUiThread(() -> name.set(station.name())));
    }

    /** The name shown now (JavaFX thread). */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }
}
