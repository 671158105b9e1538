package org.lingong.kiosk.config;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The station this kiosk stands in as people see it now: the name on the top bar of every screen, on every slip it
 * prints and in a call to staff, and the station code, which never changes while the kiosk runs. The one place all of
 * them take the name from, each time they show or print it: the remote configuration renames the station live (on
 * the platform connection's thread), and the next slip and the top bar carry the new name, no restart. Starts from
 * {@code kiosk.station.name} (with the stored remote configuration above {@code config/kiosk.yml}). Thread-safe;
 * those who watch the name ({@link #onRename}) are told on the renaming thread and read {@link #name()} themselves.
 */
public final class CurrentStation {

    private final String code;
    private final AtomicReference<String> name;
    private final List<Consumer<String>> watchers = new CopyOnWriteArrayList<>();

    /**
     * @param name the name in force at start
     * @param code the station code (never changes here)
     * @throws IllegalArgumentException a blank name
     */
    public CurrentStation(String name, String code) {
        this.code = code;
        this.name = new AtomicReference<>(checked(name));
    }

    /** The configured station: its name and code. */
    public static CurrentStation of(KioskProperties.Station station) {
        return new CurrentStation(station.name(), station.code());
    }

    /** The station's name in force now. */
    public String name() {
        return name.get();
    }

    /** The station code ({@code ST-150102-001}): fixed, the platform knows the terminal by it. */
    public String code() {
        return code;
    }

    /** How staff tell this kiosk from another: the name in force now and the code, {@code 驿站名 (ST-150102-001)}. */
    public String label() {
        return name() + " (" + code + ")";
    }

    /**
     * Puts a name in force for everything shown or printed from now on and tells the watchers if it changed.
     *
     * @return whether the name changed
     * @throws IllegalArgumentException a blank name (nothing changes)
     */
    public boolean rename(String newName) {
        String checked = checked(newName);
        String before = name.getAndSet(checked);
        if (before.equals(checked)) {
            return false;
        }
        watchers.forEach(watcher -> watcher.accept(checked));
        return true;
    }

    /**
     * Calls {@code watcher} with the new name after every change, on the thread that made it (for the JavaFX thread,
     * hand over and read {@link #name()} there: two quick renames may be told in either order).
     */
    public void onRename(Consumer<String> watcher) {
        watchers.add(watcher);
    }

    private static String checked(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a station name must not be blank");
        }
        return name.strip();
    }
}
