package org.lingong.platform.api.remote;

import java.util.List;

/**
 * One version of a terminal's configuration. Every field but {@code version} may be null: the kiosk then keeps its own
 * value (from {@code config/kiosk.yml}).
 *
 * @param version            strictly increasing over all configurations of the platform; a kiosk refuses one older
 *                           than what it holds
 * @param idleTimeoutSeconds no touch for this long shows the "还在吗？" overlay (15..600)
 * @param idleWarningSeconds countdown on that overlay before the session is wiped (5..120)
 * @param stationName        the station's name on screen (1..60 characters)
 * @param serviceItems       the service items of the attract screen, in order (at most 20, each 1..40 characters);
 *                           empty or null: the platform's content list
 * @param paperWidth         58 or 80 (mm)
 * @param nativeQr           whether the printer draws QR codes itself
 * @param logLevel           ERROR, WARN, INFO, DEBUG or TRACE for the kiosk's own loggers
 */
public record TerminalSettings(long version, Integer idleTimeoutSeconds, Integer idleWarningSeconds, String stationName,
                               List<String> serviceItems, Integer paperWidth, Boolean nativeQr, String logLevel) {

    public static final List<String> LOG_LEVELS = List.of("ERROR", "WARN", "INFO", "DEBUG", "TRACE");
    public static final int MAX_SERVICE_ITEMS = 20;

    public TerminalSettings {
        serviceItems = serviceItems == null ? List.of() : List.copyOf(serviceItems);
    }

    /** What is wrong with these settings, or null if nothing: the same rules on the platform and on the kiosk. */
    public String problem() {
        if (version < 1) {
            return "version must be positive";
        }
        if (idleTimeoutSeconds != null && (idleTimeoutSeconds < 15 || idleTimeoutSeconds > 600)) {
            return "idleTimeoutSeconds must be 15..600";
        }
        if (idleWarningSeconds != null && (idleWarningSeconds < 5 || idleWarningSeconds > 120)) {
            return "idleWarningSeconds must be 5..120";
        }
        if (stationName != null && (stationName.isBlank() || stationName.length() > 60)) {
            return "stationName must be 1..60 characters";
        }
        if (serviceItems.size() > MAX_SERVICE_ITEMS
                || serviceItems.stream().anyMatch(item -> item == null || item.isBlank() || item.length() > 40)) {
            return "serviceItems: at most " + MAX_SERVICE_ITEMS + ", each 1..40 characters";
        }
        if (paperWidth != null && paperWidth != 58 && paperWidth != 80) {
            return "paperWidth must be 58 or 80";
        }
        if (logLevel != null && !LOG_LEVELS.contains(logLevel)) {
            return "logLevel must be one of " + LOG_LEVELS;
        }
        return null;
    }
}
