package org.lingong.kiosk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.status.DeviceKind;
import org.lingong.kiosk.status.DeviceProblem;
import org.lingong.kiosk.status.DeviceState;
import org.lingong.kiosk.status.DeviceStatus;
import org.lingong.platform.api.heartbeat.DeviceReport;

class HeartbeatReportsTest {

    @Test
    void eachPeripheralIsReportedWithItsStatusWordsAndThePlatformLinkIsLeftOut() {
        List<DeviceReport> reports = HeartbeatReports.of(List.of(
                new DeviceStatus(DeviceKind.ID_CARD_READER, DeviceState.READY),
                new DeviceStatus(DeviceKind.PRINTER, DeviceState.OFFLINE, "status.printer.paperOut"),
                new DeviceStatus(DeviceKind.SCANNER, DeviceState.OFFLINE, "status.device.reconnecting"),
                new DeviceStatus(DeviceKind.PLATFORM, DeviceState.READY, "status.platform.connected")));

        assertThat(reports).containsExactly(
                new DeviceReport("idcard", org.lingong.platform.api.events.DeviceState.ONLINE, "status.state.ready"),
                new DeviceReport("printer", org.lingong.platform.api.events.DeviceState.PAPER_OUT,
                        "status.printer.paperOut"),
                new DeviceReport("scanner", org.lingong.platform.api.events.DeviceState.OFFLINE,
                        "status.device.reconnecting"));
    }

    @Test
    void printerProblemsMapToThePlatformsDeviceStates() {
        assertThat(state(DeviceState.ATTENTION, DeviceProblem.PAPER_LOW))
                .isEqualTo(org.lingong.platform.api.events.DeviceState.PAPER_LOW);
        assertThat(state(DeviceState.OFFLINE, DeviceProblem.PAPER_OUT))
                .isEqualTo(org.lingong.platform.api.events.DeviceState.PAPER_OUT);
        assertThat(state(DeviceState.OFFLINE, DeviceProblem.COVER_OPEN))
                .isEqualTo(org.lingong.platform.api.events.DeviceState.COVER_OPEN);
        assertThat(state(DeviceState.OFFLINE, DeviceProblem.FAULT))
                .isEqualTo(org.lingong.platform.api.events.DeviceState.ERROR);
        assertThat(state(DeviceState.ATTENTION, DeviceProblem.NONE))
                .isEqualTo(org.lingong.platform.api.events.DeviceState.ERROR);
        assertThat(state(DeviceState.UNKNOWN, DeviceProblem.NONE))
                .isEqualTo(org.lingong.platform.api.events.DeviceState.OFFLINE);
    }

    @Test
    void theWordsAreNotReadBack() {
        assertThat(HeartbeatReports.state(new DeviceStatus(DeviceKind.PRINTER, DeviceState.OFFLINE,
                "status.printer.paperOut"))).isEqualTo(org.lingong.platform.api.events.DeviceState.OFFLINE);
    }

    private static org.lingong.platform.api.events.DeviceState state(DeviceState state, DeviceProblem problem) {
        return HeartbeatReports.state(new DeviceStatus(DeviceKind.PRINTER, state, "any.words", problem));
    }
}
