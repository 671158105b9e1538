package org.lingong.kiosk.remote;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.scene.Scene;
import javafx.scene.control.Label;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.platform.api.remote.TerminalSettings;

/**
 * Applies a remote configuration to the running kiosk: the log level of the kiosk's loggers and the printer's paper
 * width and QR mode (for the next slip, {@link RemotePrinterSettings}) at once; idle times, the station name in the
 * top bar and the attract screen's service items on the JavaFX thread (through the executor). Only the station name
 * printed on slips takes effect at the next start ({@link RemoteSettingsOverlay}). Thread-safe: called from the
 * platform connection's thread.
 */
public final class LiveSettings {

    private final Consumer<String> logLevel;
    private final TaskExecutor executor;
    private final Supplier<IdleSession> idleSession;
    private final Runnable refreshAttract;
    private final RemotePrinterSettings printer;
    private final AtomicReference<List<String>> serviceItems = new AtomicReference<>(List.of());
    private volatile @Nullable Scene scene;
    private volatile @Nullable String stationName;

    /** @param logLevel sets the level (ERROR … TRACE) of the kiosk's loggers ({@code org.lingong}) */
    public LiveSettings(Consumer<String> logLevel, TaskExecutor executor, Supplier<IdleSession> idleSession,
            Runnable refreshAttract, RemotePrinterSettings printer) {
        this.logLevel = logLevel;
        this.executor = executor;
        this.idleSession = idleSession;
        this.refreshAttract = refreshAttract;
        this.printer = printer;
    }

    /** Applies what can change live; returns what was applied, in words for the platform's command log. */
    public List<String> apply(TerminalSettings settings) {
        List<String> applied = new ArrayList<>();
        if (settings.logLevel() != null) {
            logLevel.accept(settings.logLevel());
            applied.add("log level " + settings.logLevel());
        }
        applied.addAll(printer.apply(settings));
        serviceItems.set(settings.serviceItems());
        stationName = settings.stationName();
        executor.runOnUiThread(() -> {
            if (settings.idleTimeoutSeconds() != null || settings.idleWarningSeconds() != null) {
                IdleSession idle = idleSession.get();
                idle.retime(settings.idleTimeoutSeconds() == null ? null : Duration.ofSeconds(settings.idleTimeoutSeconds()),
                        settings.idleWarningSeconds() == null ? null : Duration.ofSeconds(settings.idleWarningSeconds()));
            }
            showStationName();
            refreshAttract.run();
        });
        if (settings.idleTimeoutSeconds() != null || settings.idleWarningSeconds() != null) {
            applied.add("idle times");
        }
        if (settings.stationName() != null) {
            applied.add("station name");
        }
        applied.add(settings.serviceItems().isEmpty() ? "platform service items" : settings.serviceItems().size() + " service items");
        return applied;
    }

    /** The configured service items (empty: the platform's list). */
    public List<String> serviceItems() {
        return serviceItems.get();
    }

    /** The shell's scene, once it exists (JavaFX thread): the station name is shown there from now on. */
    void attach(Scene shellScene) {
        scene = shellScene;
        showStationName();
    }

    private void showStationName() {
        Scene current = scene;
        String name = stationName;
        if (current != null && name != null && current.lookup("#station-name") instanceof Label label) {
            label.setText(name);
        }
    }
}
