package org.lingong.kiosk.technician;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

import org.lingong.devices.idcard.IdCardReaderDevice;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.scanner.SerialCodeScanner;
import org.lingong.devices.transport.spec.SimulatorTransports;
import org.lingong.kiosk.config.DevicesProperties;
import org.lingong.kiosk.config.StaffProperties;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenViewFactory;
import org.lingong.kiosk.staff.StaffAccess;
import org.lingong.kiosk.staff.StaffPrinter;
import org.springframework.beans.factory.ObjectProvider;
import org.lingong.kiosk.referral.OfficePrinter;
import org.lingong.kiosk.referral.OfficePrinterChoice;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The technician screen: ports, probe, device tests and the device file ({@code kiosk.staff.devices-file}). */
@Configuration(proxyBeanMethods = false)
public class TechnicianConfiguration {

    @Bean
    DeviceChecks deviceChecks(SimulatorTransports simulators, DevicesProperties devices,
            ObjectProvider<IdCardReaderDevice> reader, StaffPrinter printer, ObjectProvider<SerialCodeScanner> scanner) {
        // reader and scanner looked up late: they need the idle session, which needs the technician's view model
        return new DeviceChecks(simulators, configured(devices), reader::getObject, printer, scanner::getObject);
    }

    @Bean
    TechnicianViewModel technicianViewModel(DeviceChecks checks, StaffProperties staff, Clock clock,
            TaskExecutor executor, StaffAccess access, DevicesProperties devices, CurrentPrinterProfile printer) {
        TechnicianViewModel viewModel = new TechnicianViewModel(checks, new DevicesFile(staff.devicesFile(), clock),
                executor, access, configured(devices),
                () -> running(printer.get()), printer::setByPlatform,
                new ProcessMaintenanceExit());
        access.roleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.refreshPorts();
                viewModel.showRunningPrinter();
            }
        });
        return viewModel;
    }

    @Bean
    OfficePrinterViewModel officePrinterViewModel(OfficePrinterChoice choice, TaskExecutor executor) {
        return new OfficePrinterViewModel(new OfficePrinter(), choice, executor);
    }

    @Bean
    ScreenViewFactory technicianScreen(TechnicianViewModel viewModel, Messages messages,
            OfficePrinterViewModel officePrinter) {
        return ScreenViewFactory.of(Screen.TECHNICIAN, () -> new TechnicianView(viewModel, messages,
                new OfficePrinterPane(officePrinter, messages)), officePrinter::refresh);
    }

    private static PrinterSettings running(PrinterProfile profile) {
        return new PrinterSettings(profile.paperWidthMm(), profile.nativeQr());
    }

    private static Map<DeviceSlot, String> configured(DevicesProperties devices) {
        Map<DeviceSlot, String> specs = new EnumMap<>(DeviceSlot.class);
        specs.put(DeviceSlot.ID_CARD_READER, devices.idcard().spec().describe());
        specs.put(DeviceSlot.PRINTER, devices.printer().spec().describe());
        specs.put(DeviceSlot.SCANNER, devices.scanner().spec().describe());
        return specs;
    }
}
