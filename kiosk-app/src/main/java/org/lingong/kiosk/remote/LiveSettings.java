package org.lingong.kiosk.remote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.platform.api.remote.TerminalSettings;

/**
 * Applies a remote configuration to the running kiosk, all of it live: the log level of the kiosk's loggers, the
 * printer's paper width and QR mode (for the next slip, {@link RemotePrinterSettings}) and the station name (the next
 * slip and staff call at once, the top bar of every screen on the JavaFX thread, {@link RemoteStationName}); idle times
 * and the attract screen's service items on the JavaFX thread (through the executor). Thread-safe: called from the
 * platform connection's thread, never waiting for the JavaFX thread.
 */
public final class LiveSettings {

    private final Consumer<String> logLevel;
    private final TaskExecutor executor;
    private final Supplier<IdleSession> idleSession;
    private final Runnable refreshAttract;
    private final RemotePrinterSettings printer;
    private final RemoteStationName stationName;
    private final AtomicReference<List<String>> serviceItems = new AtomicReference<>(List.of());

    /** @param logLevel sets the level (ERROR … TRACE) of the kiosk's loggers ({@code org.lingong}) */
    public LiveSettings(Consumer<String> logLevel, TaskExecutor executor, Supplier<IdleSession> idleSession,
            Runnable refreshAttract, RemotePrinterSettings printer, RemoteStationName stationName) {
        this.logLevel = logLevel;
        this.executor = executor;
        this.idleSession = idleSession;
        this.refreshAttract = refreshAttract;
        this.printer = printer;
        this.stationName = stationName;
    }

    /** Applies what can change live; returns what was applied, in words for the platform's command log. */
    public List<String> apply(TerminalSettings settings) {
        List<String> applied = new ArrayList<>();
        if (settings.logLevel() != null) {
            logLevel.accept(settings.logLevel());
            applied.add("log level " + settings.logLevel());
        }
        applied.addAll(printer.apply(settings));
        applied.addAll(stationName.apply(settings));
        serviceItems.set(settings.serviceItems());
        executor.runOnUiThread(() -> {
            if (settings.idleTimeoutSeconds() != null || settings.idleWarningSeconds() != null) {
                IdleSession idle = idleSession.get();
                idle.retime(settings.idleTimeoutSeconds() == null ? null : Duration.ofSeconds(settings.idleTimeoutSeconds()),
                        settings.idleWarningSeconds() == null ? null : Duration.ofSeconds(settings.idleWarningSeconds()));
            }
            refreshAttract.run();
        });
        if (settings.idleTimeoutSeconds() != null || settings.idleWarningSeconds() != null) {
            applied.add("idle times");
        }
        applied.add(settings.serviceItems().isEmpty() ? "platform service items" : settings.serviceItems().size() + " service items");
        return applied;
    }

    /** The configured service items (empty: the platform's list). */
    public List<String> serviceItems() {
        return serviceItems.get();
    }
}
