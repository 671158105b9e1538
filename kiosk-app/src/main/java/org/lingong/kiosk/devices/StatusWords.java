package org.lingong.kiosk.devices;

import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.devices.printer.codec.PrinterStatus;
import org.lingong.kiosk.status.DeviceKind;
import org.lingong.kiosk.status.DeviceState;
import org.lingong.kiosk.status.DeviceStatus;

/** Translates driver states into what the status bar says: a state (icon) and the words (message key). */
final class StatusWords {

    private StatusWords() {
    }

    /** A device's link and life-cycle state: 正常, 未连接, 正在重连, 已停用, 故障. */
    static DeviceStatus link(DeviceKind kind, org.lingong.devices.lifecycle.DeviceState state) {
        return switch (state) {
            case ONLINE -> new DeviceStatus(kind, DeviceState.READY);
            case OFFLINE -> new DeviceStatus(kind, DeviceState.OFFLINE);
            case RECONNECTING -> new DeviceStatus(kind, DeviceState.OFFLINE, "status.device.reconnecting");
            case DISABLED, CLOSED -> new DeviceStatus(kind, DeviceState.OFFLINE, "status.device.stopped");
            case ERROR -> new DeviceStatus(kind, DeviceState.ATTENTION, "status.device.error");
        };
    }

    /** The printer's own report while its link is up: 缺纸, 开盖, 离线, 故障, 无响应, 纸将尽 or 正常. */
    static DeviceStatus printer(PrinterStatus status) {
        return status.blockingCondition()
                .map(StatusWords::blocked)
                .orElseGet(() -> status.has(PrinterCondition.PAPER_NEAR_END)
                        ? new DeviceStatus(DeviceKind.PRINTER, DeviceState.ATTENTION, "status.printer.paperNearEnd")
                        : new DeviceStatus(DeviceKind.PRINTER, DeviceState.READY));
    }

    private static DeviceStatus blocked(PrinterCondition condition) {
        String key = switch (condition) {
            case PAPER_OUT -> "status.printer.paperOut";
            case COVER_OPEN -> "status.printer.coverOpen";
            case NO_REPLY -> "status.printer.noReply";
            case ERROR -> "status.printer.error";
            default -> "status.printer.offline";
        };
        return new DeviceStatus(DeviceKind.PRINTER, DeviceState.OFFLINE, key);
    }
}
