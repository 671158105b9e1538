package org.lingong.kiosk.devices;

import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.devices.printer.codec.PrinterStatus;
import org.lingong.kiosk.status.DeviceKind;
import org.lingong.kiosk.status.DeviceProblem;
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
            case ERROR -> new DeviceStatus(kind, DeviceState.ATTENTION, "status.device.error", DeviceProblem.FAULT);
        };
    }

    /** The printer's own report while its link is up: 缺纸, 开盖, 离线, 故障, 无响应, 纸将尽 or 正常. */
    static DeviceStatus printer(PrinterStatus status) {
        return status.blockingCondition()
                .map(StatusWords::blocked)
                .orElseGet(() -> status.has(PrinterCondition.PAPER_NEAR_END)
                        ? new DeviceStatus(DeviceKind.PRINTER, DeviceState.ATTENTION, "status.printer.paperNearEnd",
                                DeviceProblem.PAPER_LOW)
                        : new DeviceStatus(DeviceKind.PRINTER, DeviceState.READY));
    }

    private static DeviceStatus blocked(PrinterCondition condition) {
        return switch (condition) {
            case PAPER_OUT -> offline("status.printer.paperOut", DeviceProblem.PAPER_OUT);
            case COVER_OPEN -> offline("status.printer.coverOpen", DeviceProblem.COVER_OPEN);
            case NO_REPLY -> offline("status.printer.noReply", DeviceProblem.FAULT);
            case ERROR -> offline("status.printer.error", DeviceProblem.FAULT);
            default -> offline("status.printer.offline", DeviceProblem.NONE);
        };
    }

    private static DeviceStatus offline(String wordsKey, DeviceProblem problem) {
        return new DeviceStatus(DeviceKind.PRINTER, DeviceState.OFFLINE, wordsKey, problem);
    }
}
