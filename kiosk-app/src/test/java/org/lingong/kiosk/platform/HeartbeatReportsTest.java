package org.lingong.kiosk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
                new DeviceStatus(DeviceKind.PRINTER, DeviceState.OFFLINE, "status.printer.paperOut", DeviceProblem.PAPER_OUT),
                new DeviceStatus(DeviceKind.SCANNER, DeviceState.OFFLINE, "status.device.reconnecting"),
                new DeviceStatus(DeviceKind.PLATFORM, DeviceState.READY, "status.platform.connected")));

        assertThat(reports).containsExactly(
                new DeviceReport("idcard", org.lingong.platform.api.events.DeviceState.ONLINE, "status.state.ready"),
                new DeviceReport("printer", org.lingong.platform.api.events.DeviceState.PAPER_OUT,
                        "status.printer.paperOut"),
                new DeviceReport("scanner", org.lingong.platform.api.events.DeviceState.OFFLINE,
                        "status.device.reconnecting"));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ATTENTION, PAPER_LOW,  PAPER_LOW
            OFFLINE,   PAPER_OUT,  PAPER_OUT
            OFFLINE,   COVER_OPEN, COVER_OPEN
            OFFLINE,   FAULT,      ERROR
            ATTENTION, NONE,       ERROR
            UNKNOWN,   NONE,       OFFLINE
            READY,     NONE,       ONLINE
            """)
    void printerProblemsMapToThePlatformsDeviceStates(DeviceState state, DeviceProblem problem,
                                                      org.lingong.platform.api.events.DeviceState reported) {
        assertThat(HeartbeatReports.state(new DeviceStatus(DeviceKind.PRINTER, state, "any.words", problem)))
                .isEqualTo(reported);
    }

    @Test
    void theWordsAreNotReadBack() {
        assertThat(HeartbeatReports.state(new DeviceStatus(DeviceKind.PRINTER, DeviceState.OFFLINE,
                "status.printer.paperOut"))).isEqualTo(org.lingong.platform.api.events.DeviceState.OFFLINE);
    }
}
