package org.lingong.kiosk.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lingong.devices.lifecycle.DeviceStatusEvent;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.devices.printer.codec.PrinterStatus;
import org.lingong.kiosk.status.DeviceKind;
import org.lingong.kiosk.status.DeviceState;
import org.lingong.kiosk.status.DeviceStatus;

class DriverStatusSourceTest {

    private final DriverStatusSource source = new DriverStatusSource();
    private final List<DeviceStatus> published = new ArrayList<>();

    DriverStatusSourceTest() {
        source.subscribe(published::add);
    }

    @Test
    void devicesAreUnknownAndThePlatformNotConnectedUntilSomethingIsHeard() {
        assertThat(source.snapshot()).containsExactly(
                new DeviceStatus(DeviceKind.ID_CARD_READER, DeviceState.UNKNOWN),
                new DeviceStatus(DeviceKind.PRINTER, DeviceState.UNKNOWN),
                new DeviceStatus(DeviceKind.SCANNER, DeviceState.UNKNOWN),
                new DeviceStatus(DeviceKind.PLATFORM, DeviceState.OFFLINE, "status.state.offline"));
    }

    @Test
    void aReaderGoingOnlineThenReconnectingIsPublishedInWords() {
        source.linkChanged(DeviceKind.ID_CARD_READER, event(org.lingong.devices.lifecycle.DeviceState.ONLINE));
        source.linkChanged(DeviceKind.ID_CARD_READER, event(org.lingong.devices.lifecycle.DeviceState.RECONNECTING));

        assertThat(published).containsExactly(
                new DeviceStatus(DeviceKind.ID_CARD_READER, DeviceState.READY),
                new DeviceStatus(DeviceKind.ID_CARD_READER, DeviceState.OFFLINE, "status.device.reconnecting"));
    }

    @Test
    void thePrintersOwnReportCountsWhileItsLinkIsUp() {
        source.printerLinkChanged(event(org.lingong.devices.lifecycle.DeviceState.ONLINE));
        source.printerReported(PrinterStatus.of(PrinterCondition.OFFLINE, PrinterCondition.PAPER_OUT));
        source.printerReported(PrinterStatus.of(PrinterCondition.ONLINE, PrinterCondition.PAPER_NEAR_END));
        source.printerReported(PrinterStatus.of(PrinterCondition.OFFLINE, PrinterCondition.COVER_OPEN));
        source.printerReported(PrinterStatus.noReply());

        assertThat(published).extracting(DeviceStatus::wordsKey).containsExactly("status.state.ready",
                "status.printer.paperOut", "status.printer.paperNearEnd", "status.printer.coverOpen",
                "status.printer.noReply");
        assertThat(published).extracting(DeviceStatus::state).containsExactly(DeviceState.READY, DeviceState.OFFLINE,
                DeviceState.ATTENTION, DeviceState.OFFLINE, DeviceState.OFFLINE);
    }

    @Test
    void aLostPrinterLinkOverridesAndForgetsItsLastReport() {
        source.printerLinkChanged(event(org.lingong.devices.lifecycle.DeviceState.ONLINE));
        source.printerReported(PrinterStatus.of(PrinterCondition.OFFLINE, PrinterCondition.PAPER_OUT));

        source.printerLinkChanged(event(org.lingong.devices.lifecycle.DeviceState.OFFLINE));
        assertThat(last()).isEqualTo(new DeviceStatus(DeviceKind.PRINTER, DeviceState.OFFLINE));

        source.printerLinkChanged(event(org.lingong.devices.lifecycle.DeviceState.ONLINE));
        assertThat(last()).isEqualTo(new DeviceStatus(DeviceKind.PRINTER, DeviceState.READY));
    }

    @Test
    void anUnchangedStateIsNotPublishedAgain() {
        source.linkChanged(DeviceKind.SCANNER, event(org.lingong.devices.lifecycle.DeviceState.ONLINE));
        source.linkChanged(DeviceKind.SCANNER, event(org.lingong.devices.lifecycle.DeviceState.ONLINE));

        assertThat(published).hasSize(1);
    }

    @Test
    void thePlatformPortReplacesTheStub() {
        source.platformChanged(DeviceState.READY, "status.state.ready");

        assertThat(last()).isEqualTo(new DeviceStatus(DeviceKind.PLATFORM, DeviceState.READY));
    }

    private DeviceStatus last() {
        return published.get(published.size() - 1);
    }

    private static DeviceStatusEvent event(org.lingong.devices.lifecycle.DeviceState state) {
        return new DeviceStatusEvent("test", state, "", Instant.EPOCH);
    }
}
