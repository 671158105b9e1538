package org.lingong.kiosk.platform;

import java.util.List;
import java.util.Locale;

import org.lingong.kiosk.status.DeviceKind;
import org.lingong.kiosk.status.DeviceStatus;
import org.lingong.platform.api.events.DeviceState;
import org.lingong.platform.api.heartbeat.DeviceReport;

/**
 * The devices' part of a heartbeat, from the status bar's source: one {@link DeviceReport} per peripheral
 * ({@code idcard}, {@code printer}, {@code scanner}; the platform link itself is not reported), with the status
 * bar's message key as detail.
 */
final class HeartbeatReports {

    private HeartbeatReports() {
    }

    static List<DeviceReport> of(List<DeviceStatus> statuses) {
        return statuses.stream()
                .filter(status -> status.kind() != DeviceKind.PLATFORM)
                .map(status -> new DeviceReport(deviceName(status.kind()), state(status), status.wordsKey()))
                .toList();
    }

    static String deviceName(DeviceKind kind) {
        return switch (kind) {
            case ID_CARD_READER -> "idcard";
            case PRINTER -> "printer";
            case SCANNER -> "scanner";
            case PLATFORM -> "platform";
        };
    }

    static DeviceState state(DeviceStatus status) {
        String words = status.wordsKey().toLowerCase(Locale.ROOT);
        if (words.endsWith("papernearend")) {
            return DeviceState.PAPER_LOW;
        }
        if (words.endsWith("paperout")) {
            return DeviceState.PAPER_OUT;
        }
        if (words.endsWith("coveropen")) {
            return DeviceState.COVER_OPEN;
        }
        return switch (status.state()) {
            case READY -> DeviceState.ONLINE;
            case ATTENTION -> DeviceState.ERROR;
            case OFFLINE, UNKNOWN -> words.endsWith("error") || words.endsWith("noreply")
                    ? DeviceState.ERROR
                    : DeviceState.OFFLINE;
        };
    }
}
