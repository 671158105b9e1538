package org.lingong.kiosk.platform;

import java.util.List;

import org.lingong.kiosk.status.DeviceKind;
import org.lingong.kiosk.status.DeviceStatus;
import org.lingong.platform.api.events.DeviceState;
import org.lingong.platform.api.heartbeat.DeviceReport;

/**
 * The devices' part of a heartbeat, from the status bar's source: one {@link DeviceReport} per peripheral
 * ({@code idcard}, {@code printer}, {@code scanner}; the platform link itself is not reported), with the status
 * bar's message key as detail; the state comes from the typed {@link org.lingong.kiosk.status.DeviceProblem}, never
 * from the words.
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

    /** The platform's state of a device: its typed problem if it has one, else its state. */
    static DeviceState state(DeviceStatus status) {
        return switch (status.problem()) {
            case PAPER_LOW -> DeviceState.PAPER_LOW;
            case PAPER_OUT -> DeviceState.PAPER_OUT;
            case COVER_OPEN -> DeviceState.COVER_OPEN;
            case FAULT -> DeviceState.ERROR;
            case NONE -> switch (status.state()) {
                case READY -> DeviceState.ONLINE;
                case ATTENTION -> DeviceState.ERROR;
                case OFFLINE, UNKNOWN -> DeviceState.OFFLINE;
            };
        };
    }
}
