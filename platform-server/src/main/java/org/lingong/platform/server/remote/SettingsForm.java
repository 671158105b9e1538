package org.lingong.platform.server.remote;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lingong.platform.api.remote.TerminalSettings;
import org.lingong.platform.server.pages.FormErrors;

/**
 * The console's configuration form: reads the posted fields into {@link TerminalSettings} (an empty field keeps the
 * kiosk's own value), each bad value named beside its field; and fills the form from saved settings.
 */
final class SettingsForm {

    static final String IDLE_TIMEOUT = "idleTimeout";
    static final String IDLE_WARNING = "idleWarning";
    static final String STATION_NAME = "stationName";
    static final String SERVICE_ITEMS = "serviceItems";
    static final String PAPER_WIDTH = "paperWidth";
    static final String NATIVE_QR = "nativeQr";
    static final String LOG_LEVEL = "logLevel";

    private SettingsForm() {
    }

    /** The settings (version 1, replaced when saved), or null with {@code errors} filled. */
    static TerminalSettings read(Map<String, String> form, FormErrors errors) {
        Integer timeout = number(form, IDLE_TIMEOUT, 15, 600, "请填写 15 至 600 之间的秒数", errors);
        Integer warning = number(form, IDLE_WARNING, 5, 120, "请填写 5 至 120 之间的秒数", errors);
        String name = text(form, STATION_NAME);
        if (name != null && name.length() > 60) {
            errors.add(STATION_NAME, "驿站名称最多 60 个字");
        }
        List<String> items = Arrays.stream(text(form, SERVICE_ITEMS) == null ? new String[0] : form.get(SERVICE_ITEMS).split("\\R"))
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (items.size() > TerminalSettings.MAX_SERVICE_ITEMS || items.stream().anyMatch(item -> item.length() > 40)) {
            errors.add(SERVICE_ITEMS, "最多 " + TerminalSettings.MAX_SERVICE_ITEMS + " 项，每行一项，每项最多 40 个字");
        }
        Integer width = null;
        String widthText = text(form, PAPER_WIDTH);
        if (widthText != null) {
            if (widthText.equals("58") || widthText.equals("80")) {
                width = Integer.valueOf(widthText);
            } else {
                errors.add(PAPER_WIDTH, "纸宽只能是 58 或 80 毫米");
            }
        }
        Boolean nativeQr = null;
        String qrText = text(form, NATIVE_QR);
        if (qrText != null) {
            if (qrText.equals("true") || qrText.equals("false")) {
                nativeQr = Boolean.valueOf(qrText);
            } else {
                errors.add(NATIVE_QR, "请选择二维码打印方式");
            }
        }
        String level = text(form, LOG_LEVEL);
        if (level != null && !TerminalSettings.LOG_LEVELS.contains(level)) {
            errors.add(LOG_LEVEL, "请选择日志级别");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new TerminalSettings(1, timeout, warning, name, items, width, nativeQr, level);
    }

    /** The form's values showing {@code settings}. */
    static Map<String, String> values(TerminalSettings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, IDLE_TIMEOUT, settings.idleTimeoutSeconds());
        put(values, IDLE_WARNING, settings.idleWarningSeconds());
        put(values, STATION_NAME, settings.stationName());
        values.put(SERVICE_ITEMS, String.join("\n", settings.serviceItems()));
        put(values, PAPER_WIDTH, settings.paperWidth());
        put(values, NATIVE_QR, settings.nativeQr());
        put(values, LOG_LEVEL, settings.logLevel());
        return values;
    }

    private static void put(Map<String, String> values, String name, Object value) {
        values.put(name, value == null ? "" : value.toString());
    }

    private static Integer number(Map<String, String> form, String field, int min, int max, String message,
                                  FormErrors errors) {
        String value = text(form, field);
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(field, message);
        return null;
    }

    private static String text(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
