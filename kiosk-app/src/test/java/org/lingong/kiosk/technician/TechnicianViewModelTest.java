package org.lingong.kiosk.technician;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.staff.DailyCounters;
import org.lingong.kiosk.staff.StaffAccess;
import org.lingong.kiosk.testing.MutableClock;

/** Port and baud chosen by taps, saved to a real file; the probe and tests are covered by the UI test. */
class TechnicianViewModelTest {

    @TempDir
    Path folder;

    private final MutableClock clock = MutableClock.atShanghai("2026-11-27T02:00:00Z");

    @Test
    void aSerialPortAndBaudChosenByTapsAreSavedAndTheScreenSaysARestartAppliesThem() throws Exception {
        DevicesFile file = new DevicesFile(folder.resolve("kiosk-devices.yml"), clock);
        TechnicianViewModel technician = viewModel(file);

        technician.select(DeviceSlot.ID_CARD_READER);
        technician.choosePort("/dev/ttyUSB0");
        assertThat(technician.spec(DeviceSlot.ID_CARD_READER).get()).isEqualTo("serial:/dev/ttyUSB0@115200");
        assertThat(technician.serialChosen()).isTrue();
        technician.chooseBaud(9600);
        technician.select(DeviceSlot.PRINTER);
        technician.choosePort("sim:printer");
        assertThat(technician.serialChosen()).isFalse();

        technician.save();

        assertThat(technician.outcome().get().messageKey()).isEqualTo("technician.saved");
        assertThat(Files.readString(file.path())).contains("port: serial:/dev/ttyUSB0@9600");
    }

    @Test
    void theWipeForgetsUnsavedChoices() throws Exception {
        TechnicianViewModel technician = viewModel(new DevicesFile(folder.resolve("kiosk-devices.yml"), clock));
        technician.choosePort("/dev/ttyUSB3");

        technician.clearSession();

        assertThat(technician.spec(DeviceSlot.ID_CARD_READER).get()).isEqualTo("sim:idcard");
        assertThat(technician.outcome().get()).isNull();
    }

    private TechnicianViewModel viewModel(DevicesFile file) {
        Map<DeviceSlot, String> configured = new EnumMap<>(DeviceSlot.class);
        configured.put(DeviceSlot.ID_CARD_READER, "sim:idcard");
        configured.put(DeviceSlot.PRINTER, "sim:printer");
        configured.put(DeviceSlot.SCANNER, "sim:scanner");
        StaffAccess access = new StaffAccess(new ScreenNavigator(), () -> { }, new DailyCounters(clock));
        DeviceChecks checks = new DeviceChecks(org.lingong.devices.transport.spec.SimulatorTransports.NONE, configured,
                () -> null, null, () -> null);
        return new TechnicianViewModel(checks, file, new CurrentThreadTaskExecutor(), access, configured);
    }
}
