package org.lingong.kiosk.technician;

import java.util.EnumMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.concurrent.Callable;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.lingong.devices.transport.serial.BaudProbe;
import org.lingong.devices.transport.spec.TransportSpec;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.session.AdminScoped;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.staff.StaffAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The technician screen: pick a device, pick its port and baud by taps, 探测 which device answers there, 测试 the
 * running device, and 保存 the three ports to the device file ({@link DevicesFile}); the running devices keep their
 * ports until the kiosk restarts, which the screen says. {@link #outcome()} holds the last probe, test or save.
 * JavaFX thread only; device and disk work goes through the {@link TaskExecutor}.
 */
public final class TechnicianViewModel implements AdminScoped {

    /** The baud rates offered (the common ones, fastest first). */
    public static final List<Integer> BAUDS = BaudProbe.COMMON_RATES;

    private static final Logger log = LoggerFactory.getLogger(TechnicianViewModel.class);
    /** The message while a probe, print or save runs (no icon beside it). */
    static final String WORKING_KEY = "technician.working";
    private static final CheckOutcome WORKING = CheckOutcome.ok(WORKING_KEY, "");
    private static final String UNANSWERED = "technician.save.unanswered";
    /** Saved, but the platform's remote configuration sets the paper width or QR mode: its values stay in force. */
    static final String SAVED_PLATFORM_PRINTER = "technician.saved.platformPrinter";

    private final DeviceChecks checks;
    private final DevicesFile file;
    private final TaskExecutor executor;
    private final StaffAccess access;
    private final Map<DeviceSlot, String> configured;
    private final Map<DeviceSlot, ReadOnlyStringWrapper> specs = new EnumMap<>(DeviceSlot.class);
    private final ObservableList<String> ports = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DeviceSlot> slot = new ReadOnlyObjectWrapper<>(this, "slot",
            DeviceSlot.ID_CARD_READER);
    private final ReadOnlyObjectWrapper<CheckOutcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final Supplier<PrinterSettings> runningPrinter;
    private final BooleanSupplier platformSetsPrinter;
    private final ReadOnlyObjectWrapper<PrinterSettings> printer = new ReadOnlyObjectWrapper<>(this, "printer");
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper(this, "address", "");
    private final ReadOnlyBooleanWrapper addressOpen = new ReadOnlyBooleanWrapper(this, "addressOpen");
    private final MaintenanceExit maintenanceExit;
    private final ReadOnlyBooleanWrapper exitArmed = new ReadOnlyBooleanWrapper(this, "exitArmed");
    /** Specs whose last probe got no answer (or could not open the port). */
    private final Set<String> unanswered = new HashSet<>();

    public TechnicianViewModel(DeviceChecks checks, DevicesFile file, TaskExecutor executor, StaffAccess access,
            Map<DeviceSlot, String> configured, MaintenanceExit maintenanceExit) {
        this(checks, file, executor, access, configured, new PrinterSettings(PrinterSettings.WIDE, true),
                maintenanceExit);
    }

    /** {@code printer}: the paper width and QR mode the kiosk runs with (fixed). */
    public TechnicianViewModel(DeviceChecks checks, DevicesFile file, TaskExecutor executor, StaffAccess access,
            Map<DeviceSlot, String> configured, PrinterSettings printer, MaintenanceExit maintenanceExit) {
        this(checks, file, executor, access, configured, () -> printer, () -> false, maintenanceExit);
    }

    /**
     * {@code runningPrinter}: the paper width and QR mode slips are printed with now (the remote configuration may
     * change them live); each technician session starts from them. {@code platformSetsPrinter}: whether the
     * platform's remote configuration sets them (then a save says that the platform's values stay in force).
     */
    public TechnicianViewModel(DeviceChecks checks, DevicesFile file, TaskExecutor executor, StaffAccess access,
            Map<DeviceSlot, String> configured, Supplier<PrinterSettings> runningPrinter,
            BooleanSupplier platformSetsPrinter, MaintenanceExit maintenanceExit) {
        this.maintenanceExit = maintenanceExit;
        this.runningPrinter = runningPrinter;
        this.platformSetsPrinter = platformSetsPrinter;
        this.printer.set(runningPrinter.get());
        this.checks = checks;
        this.file = file;
        this.executor = executor;
        this.access = access;
        this.configured = Map.copyOf(configured);
        for (DeviceSlot each : DeviceSlot.values()) {
            specs.put(each, new ReadOnlyStringWrapper(this, each.section(), configured.get(each)));
        }
    }

    public ObservableList<String> ports() {
        return ports;
    }

    public ReadOnlyObjectProperty<DeviceSlot> slot() {
        return slot.getReadOnlyProperty();
    }

    /** The spec chosen for a device (the configured one until changed). */
    public ReadOnlyStringProperty spec(DeviceSlot device) {
        return specs.get(device).getReadOnlyProperty();
    }

    /** The last probe, test or save; {@code null} before any. */
    public ReadOnlyObjectProperty<CheckOutcome> outcome() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public void refreshPorts() {
        executor.submit(checks::ports, ports::setAll, error -> log.warn("Ports not listed: {}", error.toString()));
    }

    /** The paper width and QR mode slips are printed with now, as the choice to start from (staff just arrived). */
    public void showRunningPrinter() {
        printer.set(runningPrinter.get());
    }

    public void select(DeviceSlot device) {
        slot.set(device);
        addressOpen.set(false);
        outcome.set(null);
    }

    /** A serial port keeps the baud already chosen for the device (or a usual one); other ports have none. */
    public void choosePort(String port) {
        if (port.startsWith("/")) {
            specs.get(slot.get()).set("serial:" + port + "@" + currentBaud());
        } else {
            specs.get(slot.get()).set(port);
        }
        outcome.set(null);
    }

    /** The network address being typed ({@code 192.168.1.50:9100}), see {@link #openAddress()}. */
    public ReadOnlyStringProperty address() {
        return address.getReadOnlyProperty();
    }

    /** Whether the on-screen keypad for a network address shows (instead of the port list). */
    public ReadOnlyBooleanProperty addressOpen() {
        return addressOpen.getReadOnlyProperty();
    }

    /** 网络地址: the keypad for a network device's IP:端口, starting from the chosen one if it is a network port. */
    public void openAddress() {
        String spec = specs.get(slot.get()).get();
        address.set(spec != null && spec.startsWith("tcp:") ? spec.substring("tcp:".length()) : "");
        addressOpen.set(true);
        outcome.set(null);
    }

    /** A key of the address keypad: a digit, {@code .} or {@code :}; anything else and overlong input are ignored. */
    public void typeAddress(char key) {
        boolean allowed = Character.isDigit(key) || key == '.' || (key == ':' && address.get().indexOf(':') < 0);
        if (allowed && address.get().length() < NetworkAddress.MAX_LENGTH) {
            address.set(address.get() + key);
        }
    }

    public void deleteAddress() {
        String now = address.get();
        address.set(now.isEmpty() ? now : now.substring(0, now.length() - 1));
    }

    public void clearAddress() {
        address.set("");
    }

    /**
     * 使用这个地址: an IPv4 address and port become the selected device's port ({@code tcp:HOST:PORT}); a malformed one
     * is refused in words and the keypad stays.
     */
    public void useAddress() {
        java.util.Optional<String> spec = NetworkAddress.spec(address.get());
        if (spec.isEmpty()) {
            outcome.set(CheckOutcome.failed("technician.address.invalid", address.get()));
            return;
        }
        specs.get(slot.get()).set(spec.get());
        addressOpen.set(false);
        outcome.set(null);
    }

    public void closeAddress() {
        addressOpen.set(false);
        outcome.set(null);
    }

    /** The printer's paper width and QR mode as chosen (the running ones at the session's start until changed). */
    public ReadOnlyObjectProperty<PrinterSettings> printerSettings() {
        return printer.getReadOnlyProperty();
    }

    /** 58 or 80 (mm). */
    public void choosePaperWidth(int millimetres) {
        printer.set(new PrinterSettings(millimetres, printer.get().nativeQr()));
        outcome.set(null);
    }

    /** {@code true}: the printer draws QR codes itself; {@code false}: they are printed as images. */
    public void chooseNativeQr(boolean nativeQr) {
        printer.set(new PrinterSettings(printer.get().paperWidth(), nativeQr));
        outcome.set(null);
    }

    /** Only for a serial port; ignored otherwise. */
    public void chooseBaud(int baud) {
        String spec = specs.get(slot.get()).get();
        if (isSerial(spec)) {
            specs.get(slot.get()).set("serial:" + DeviceChecks.portOf(spec) + "@" + baud);
        }
    }

    /** Whether the chosen port of the selected device is a serial one (the baud choice matters). */
    public boolean serialChosen() {
        return isSerial(specs.get(slot.get()).get());
    }

    public int currentBaud() {
        String spec = specs.get(slot.get()).get();
        if (isSerial(spec) && TransportSpec.parse(spec) instanceof TransportSpec.Serial serial) {
            return serial.settings().baud();
        }
        return slot.get() == DeviceSlot.ID_CARD_READER ? 115200 : 9600;
    }

    /** Probes the chosen port; a port that does not answer is remembered, and saving it asks first. */
    public void probe() {
        DeviceSlot device = slot.get();
        String spec = specs.get(device).get();
        run(() -> checks.probe(spec), WORKING, done -> {
            if (done.ok()) {
                unanswered.remove(spec);
            } else {
                unanswered.add(spec);
            }
        });
    }

    /** Tests the running device of the selected slot; a card or a scan is asked for while the test waits. */
    public void test() {
        switch (slot.get()) {
            case ID_CARD_READER -> run(checks::readCard, waitingFor("technician.test.placeCard"), done -> { });
            case PRINTER -> run(checks::printTestSlip, WORKING, done -> { });
            case SCANNER -> run(checks::awaitScan, waitingFor("technician.test.scanNow"), done -> { });
        }
    }

    /**
     * Saves the chosen ports; when one of them did not answer its probe, the first tap only warns (naming the port)
     * and a second tap saves.
     */
    public void save() {
        Map<DeviceSlot, String> chosen = new EnumMap<>(DeviceSlot.class);
        specs.forEach((device, spec) -> chosen.put(device, spec.get()));
        java.util.Optional<String> silent = chosen.values().stream().filter(unanswered::contains).findFirst();
        CheckOutcome last = outcome.get();
        boolean warned = last != null && last.messageKey().equals(UNANSWERED) && silent.isPresent()
                && last.detail().equals(DeviceChecks.portOf(silent.get()));
        if (silent.isPresent() && !warned && !busy.get()) {
            outcome.set(CheckOutcome.failed(UNANSWERED, DeviceChecks.portOf(silent.get())));
            return;
        }
        PrinterSettings printerChoice = printer.get();
        run(() -> {
            try {
                file.write(chosen, printerChoice);
                log.info("Device settings saved to {}", file.path());
                return CheckOutcome.ok(platformSetsPrinter.getAsBoolean() ? SAVED_PLATFORM_PRINTER : "technician.saved",
                        file.path().toString());
            } catch (DevicesFile.RefusedSpec refused) {
                return CheckOutcome.failed("technician.saveRefused", refused.getMessage());
            }
        });
    }

    public void openStaff() {
        access.show(Screen.STAFF);
    }

    public void leave() {
        access.leave();
    }

    /** True after the first tap on 退出到维护, until the second tap or the session's end. */
    public ReadOnlyBooleanProperty exitArmed() {
        return exitArmed.getReadOnlyProperty();
    }

    /** The first tap arms, the second closes the kiosk for maintenance (a stray tap alone never does). */
    public void exitToMaintenance() {
        if (!exitArmed.get()) {
            exitArmed.set(true);
            return;
        }
        exitArmed.set(false);
        log.info("Technician exits the kiosk for maintenance");
        maintenanceExit.exitToMaintenance();
    }

    private static CheckOutcome waitingFor(String messageKey) {
        return CheckOutcome.ok(messageKey, Long.toString(DeviceChecks.WAIT.toSeconds()));
    }

    private void run(Callable<CheckOutcome> work) {
        run(work, WORKING, done -> { });
    }

    private void run(Callable<CheckOutcome> work, CheckOutcome meanwhile, Consumer<CheckOutcome> after) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        outcome.set(meanwhile);
        executor.submit(work, done -> {
            busy.set(false);
            after.accept(done);
            outcome.set(done);
        }, error -> {
            busy.set(false);
            log.warn("Technician action failed: {}", error.toString());
            outcome.set(CheckOutcome.failed("technician.failed", error.getClass().getSimpleName()));
        });
    }

    private static boolean isSerial(String spec) {
        try {
            return TransportSpec.parse(spec) instanceof TransportSpec.Serial;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Unsaved choices and results are forgotten. */
    @Override
    public void clearSession() {
        specs.forEach((device, spec) -> spec.set(configured.get(device)));
        slot.set(DeviceSlot.ID_CARD_READER);
        outcome.set(null);
        busy.set(false);
        unanswered.clear();
        printer.set(runningPrinter.get());
        address.set("");
        addressOpen.set(false);
        exitArmed.set(false);
    }
}
