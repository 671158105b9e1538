package org.lingong.kiosk.remote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.lingong.platform.api.remote.TerminalSettings;
import org.lingong.platform.client.remote.RemoteStateStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, the remote configuration accepted last (in {@code <kiosk.platform.data-dir>/remote-state.json}) as kiosk
 * properties placed above {@code config/kiosk.yml} ({@code RemoteConfiguration.settingsOverlay()}), so that it
 * survives a restart: the kiosk starts with the settings it had in force (they all change live too,
 * {@link LiveSettings}). A missing or unreadable file changes nothing.
 */
public final class RemoteSettingsOverlay {

    public static final String SOURCE_NAME = "remote-configuration";
    private static final Logger log = LoggerFactory.getLogger(RemoteSettingsOverlay.class);

    private RemoteSettingsOverlay() {
    }

    /** The properties of the stored configuration, or empty if there is none. */
    static Optional<Map<String, Object>> stored(Path dataDir) {
        try {
            TerminalSettings settings = new RemoteStateStore(dataDir).load().settings();
            if (settings == null) {
                return Optional.empty();
            }
            log.info("Remote configuration v{} in effect", settings.version());
            return Optional.of(properties(settings));
        } catch (IOException e) {
            log.warn("Remote configuration not read at start: {}", e.toString());
            return Optional.empty();
        }
    }

    /** The kiosk properties the settings override. */
    static Map<String, Object> properties(TerminalSettings settings) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (settings.stationName() != null) {
            properties.put("kiosk.station.name", settings.stationName());
        }
        if (settings.idleTimeoutSeconds() != null) {
            properties.put("kiosk.idle.timeout", settings.idleTimeoutSeconds() + "s");
        }
        if (settings.idleWarningSeconds() != null) {
            properties.put("kiosk.idle.warning", settings.idleWarningSeconds() + "s");
        }
        if (settings.paperWidth() != null) {
            properties.put("kiosk.devices.printer.paper-width", settings.paperWidth());
        }
        if (settings.nativeQr() != null) {
            properties.put("kiosk.devices.printer.native-qr", settings.nativeQr());
        }
        return properties;
    }
}
