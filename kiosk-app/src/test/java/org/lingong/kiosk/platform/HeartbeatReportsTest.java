package org.lingong.kiosk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.status.DeviceKind;
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
    void printerConditionsMapToThePlatformsDeviceStates() {
        assertThat(state(DeviceState.ATTENTION, "status.printer.paperNearEnd"))
                .isEqualTo(org.lingong.platform.api.events.DeviceState.PAPER_LOW);
        assertThat(state(DeviceState.OFFLINE, "status.printer.coverOpen"))
                .isEqualTo(org.lingong.platform.api.events.DeviceState.COVER_OPEN);
        assertThat(state(DeviceState.OFFLINE, "status.printer.noReply"))
                .isEqualTo(org.lingong.platform.api.events.DeviceState.ERROR);
        assertThat(state(DeviceState.ATTENTION, "status.device.error"))
                .isEqualTo(org.lingong.platform.api.events.DeviceState.ERROR);
        assertThat(state(DeviceState.UNKNOWN, "status.state.unknown"))
                .isEqualTo(org.lingong.platform.api.events.DeviceState.OFFLINE);
    }

    private static org.lingong.platform.api.events.DeviceState state(DeviceState state, String words) {
        return HeartbeatReports.state(new DeviceStatus(DeviceKind.PRINTER, state, words));
    }
}
