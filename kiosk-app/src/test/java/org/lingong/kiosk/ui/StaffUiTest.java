package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Labeled;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.devices.printer.sim.EscPosPrinterSimulator;
import org.lingong.devices.sim.SimulatorServer;
import org.lingong.kiosk.alert.StaffAlertKind;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.demo.DemoPanelViewModel;
import org.lingong.kiosk.demo.DemoSimulators;
import org.lingong.kiosk.demo.PrinterStateChoice;
import org.lingong.kiosk.registration.RegistrationStep;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.staff.PinHash;
import org.lingong.kiosk.staff.StaffAccess;
import org.lingong.kiosk.staff.StaffLoginViewModel;
import org.lingong.kiosk.staff.StaffViewModel;

/**
 * The staff's and the technician's screens in the running demo kiosk: in by five taps on the station name and the
 * PIN, the printer out of paper as the demo simulator says, a test page that the simulator prints, and out again
 * with everything wiped. Waits for states, never for time.
 */
class StaffUiTest {

    @RegisterExtension
    static final RunningKiosk kiosk = RunningKiosk.forTestClass("--kiosk.demo.enabled=true",
            "--kiosk.staff.pin-hash=" + PinHash.create("2468", 1_000),
            "--kiosk.staff.technician-pin-hash=" + PinHash.create("1357", 1_000),
            "--kiosk.staff.devices-file=target/staff-ui-test/kiosk-devices.yml");
    private static DemoPanelViewModel demo;

    @BeforeAll
    static void prepare() throws Exception {
        demo = kiosk.bean(DemoPanelViewModel.class);
        // the panel's window sits over the right edge of the full-screen kiosk (over the keypad's 3, 6, 9):
        // this test drives the simulators through the panel's view model, so the window is not needed
        RunningKiosk.onFx(() -> {
            kiosk.app().demoPanel().ifPresent(javafx.stage.Stage::hide);
            return null;
        });
        kiosk.waitUntil(() -> text("#status-printer").equals("打印机：正常"));
    }

    @Test
    void staffGetInByTapsAndPinSeeThePaperOutPrintATestPageAndLeaveWithNothingLeft() throws Exception {
        kiosk.freshSession();
        logIn("2468");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.STAFF);
        kiosk.waitUntil(() -> text("#staff-device-printer").equals("打印机：正常"));
        assertThat(text("#staff-terminal")).startsWith("终端编号：");
        assertAccessible("staff-health");

        RunningKiosk.onFx(() -> {
            demo.setPrinterState(PrinterStateChoice.PAPER_OUT);
            return null;
        });
        kiosk.robot.clickOn("#staff-tab-paper");
        kiosk.waitUntil(() -> text("#staff-printer-state").equals("打印机：缺纸"));
        kiosk.robot.clickOn("#staff-print-test");
        kiosk.waitUntil(() -> text("#staff-paper-result").startsWith("测试页没有打印出来"));
        assertAccessible("staff-paper-out");

        DemoSimulators simulators = kiosk.bean(DemoSimulators.class);
        int receipts = simulators.printer().receipts().size();
        RunningKiosk.onFx(() -> {
            demo.setPrinterState(PrinterStateChoice.NORMAL);
            return null;
        });
        kiosk.robot.clickOn("#staff-paper-replaced");
        kiosk.waitUntil(() -> text("#staff-printer-state").equals("打印机：正常"));
        kiosk.robot.clickOn("#staff-print-test");
        kiosk.waitUntil(() -> text("#staff-paper-result").startsWith("测试页已打印"));
        kiosk.waitUntil(() -> simulators.printer().receipts().size() == receipts + 1);
        assertThat(simulators.printer().receipts().get(receipts).transcript()).contains("测试推荐单");
        kiosk.snapshot("staff-paper");
        RunningKiosk.onFx(() -> {
            demo.setPrinterState(PrinterStateChoice.PAPER_OUT);
            return null;
        });
        kiosk.waitUntil(() -> text("#staff-printer-state").equals("打印机：缺纸"));
        kiosk.waitUntil(() -> text("#staff-paper-result").isEmpty()); // 测试页已打印 never stands beside 缺纸
        RunningKiosk.onFx(() -> {
            demo.setPrinterState(PrinterStateChoice.NORMAL);
            return null;
        });
        kiosk.waitUntil(() -> text("#staff-printer-state").equals("打印机：正常"));

        // a kiosk without a speaker has its own alert about reading aloud; the count is what this test adds to it
        int before = RunningKiosk.onFx(() -> kiosk.bean(StaffAlerts.class).open().size());
        kiosk.bean(StaffAlerts.class).raise(StaffAlertKind.PRINTER, "status.printer.paperOut", "");
        kiosk.robot.clickOn("#staff-tab-today");
        kiosk.waitUntil(() -> kiosk.scene().lookup("#staff-figure-alerts") != null);
        assertThat(text("#staff-figure-alerts")).isEqualTo("提醒：" + (before + 1));
        assertAccessible("staff-today");
        kiosk.robot.clickOn("#staff-tab-reprint");
        kiosk.waitUntil(() -> kiosk.scene().lookup("#staff-reprint-result") != null);
        kiosk.snapshot("staff-reprint");
        kiosk.robot.clickOn("#staff-tab-appointments");
        kiosk.waitUntil(() -> kiosk.scene().lookup("#staff-callbacks-title") != null);
        assertAccessible("staff-appointments");
        kiosk.snapshot("staff-appointments");
        kiosk.robot.clickOn("#staff-tab-alerts");
        kiosk.waitUntil(() -> kiosk.scene().lookup("#staff-alerts-none") == null);
        assertAccessible("staff-alerts");
        long first = RunningKiosk.onFx(() -> kiosk.bean(StaffViewModel.class).alerts().open().get(0).id());
        int rows = RunningKiosk.onFx(() -> kiosk.bean(StaffViewModel.class).alerts().open().size());
        kiosk.robot.clickOn("#staff-alert-done-" + first);
        kiosk.waitUntil(() -> text("#staff-alert-done-" + first).equals("已记下"));
        assertThat(RunningKiosk.onFx(() -> kiosk.scene().lookup("#staff-alert-done-" + first).isDisabled())).isTrue();
        assertThat(RunningKiosk.onFx(() -> kiosk.bean(StaffViewModel.class).alerts().open().size()))
                .as("the handled row stays, nothing moves under the finger").isEqualTo(rows);

        kiosk.robot.clickOn("#staff-back");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.ATTRACT);
        assertThat(kiosk.bean(StaffAccess.class).roleProperty().get()).isNull();
        StaffViewModel staff = kiosk.bean(StaffViewModel.class);
        assertThat(staff.paper().result().get()).isEmpty();
        assertThat(staff.today().figures()).isEmpty();
        assertThat(staff.alerts().open()).isEmpty();
        assertThat(staff.reprints().slips()).isEmpty();
        assertThat(RunningKiosk.onFx(() -> allText(kiosk.scene().getRoot()))).doesNotContain("测试页", "终端编号");
    }

    @Test
    void aWrongPinIsRefusedCalmlyAndTheTechnicianProbesTheSimulatedReader() throws Exception {
        kiosk.freshSession();
        logIn("1111");
        kiosk.waitUntil(() -> text("#staff-pin-message").startsWith("密码不对"));
        assertAccessible("staff-pin-wrong");
        kiosk.robot.clickOn("#staff-pin-back");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.ATTRACT);

        logIn("1357");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.TECHNICIAN);
        kiosk.waitUntil(() -> kiosk.scene().lookup("#technician-port-sim_idcard") != null);
        kiosk.robot.clickOn("#technician-port-sim_idcard");
        kiosk.robot.clickOn("#technician-probe");
        kiosk.waitUntil(() -> text("#technician-outcome").startsWith("找到身份证读卡器"));
        kiosk.robot.clickOn("#technician-device-printer");
        kiosk.robot.clickOn("#technician-test");
        kiosk.waitUntil(() -> text("#technician-outcome").equals("测试小票已打印。"));
        kiosk.robot.clickOn("#technician-device-idcard");
        kiosk.robot.clickOn("#technician-probe");
        kiosk.waitUntil(() -> text("#technician-outcome").startsWith("找到身份证读卡器"));
        assertAccessible("technician-probe");
        kiosk.snapshot("technician-with-a4-printer");

        EscPosPrinterSimulator networkPrinter = new EscPosPrinterSimulator(PrinterProfile.paper80());
        try (SimulatorServer server = SimulatorServer.start(networkPrinter, 0)) {
            kiosk.robot.clickOn("#technician-device-printer");
            kiosk.robot.clickOn("#technician-address-open");
            for (char key : ("127.0.0.1:" + server.port()).toCharArray()) {
                kiosk.robot.clickOn(key == '.' ? "#technician-address-dot" : key == ':' ? "#technician-address-colon"
                        : "#keypad-" + key);
            }
            assertThat(text("#technician-address")).isEqualTo("127.0.0.1:" + server.port());
            assertAccessible("technician-network-printer");
            kiosk.robot.clickOn("#technician-address-use");
            kiosk.waitUntil(() -> kiosk.scene().lookup("#technician-port-tcp_127_0_0_1_" + server.port()) != null);
            kiosk.robot.clickOn("#technician-probe");
            kiosk.waitUntil(() -> text("#technician-outcome").startsWith("找到小票打印机：tcp:127.0.0.1:" + server.port()));
        }

        kiosk.robot.clickOn("#technician-back");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.ATTRACT);
        assertThat(kiosk.bean(StaffAccess.class).roleProperty().get()).isNull();
    }

    @Test
    void everyStaffTabAndTheTechnicianScreenMeetTheRulesInEnglishWithNothingCutShort() throws Exception {
        kiosk.freshSession();
        logIn("1357");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.TECHNICIAN);
        kiosk.robot.clickOn("#language-en");
        kiosk.waitUntil(() -> text("#technician-probe").equals("Probe"));
        assertAccessible("technician-en"); // nothing cut short either
        assertThat(RunningKiosk.onFx(() -> allText(kiosk.scene().getRoot())).replace("测试区幸福路零工驿站", "")
                .replace("中文", "")).as("no Chinese left on the English screen").doesNotContainPattern("\\p{IsHan}");
        kiosk.robot.clickOn("#technician-open-staff");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.STAFF);
        for (String tab : new String[] {"health", "paper", "today", "reprint", "alerts", "appointments"}) {
            kiosk.robot.clickOn("#staff-tab-" + tab);
            RunningKiosk.onFx(() -> null);
            assertAccessible("staff-" + tab + "-en");
            assertThat(RunningKiosk.onFx(() -> allText(kiosk.scene().getRoot())).replace("测试区幸福路零工驿站", "")
                    .replace("中文", "")).as(tab).doesNotContainPattern("\\p{IsHan}");
        }
        kiosk.robot.clickOn("#staff-back");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.ATTRACT);
        assertThat(kiosk.messages().language()).as("the wipe restores Chinese").isEqualTo(
                org.lingong.kiosk.i18n.KioskLanguage.ZH_CN);
    }

    @Test
    void staffCalledToAWorkerMidRegistrationGoBackToTheWorkersStep() throws Exception {
        kiosk.freshSession();
        KioskJourney journey = new KioskJourney(kiosk);
        journey.placeCard(FictionalCards.RESIDENT);
        journey.toWorkTypes();
        RegistrationViewModel registration = kiosk.bean(RegistrationViewModel.class);
        assertThat(registration.stepProperty().get()).isEqualTo(RegistrationStep.JOBS);

        logIn("2468");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.STAFF);
        kiosk.robot.clickOn("#staff-back");

        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REGISTER);
        assertThat(registration.stepProperty().get()).as("the worker's step, not a new registration")
                .isEqualTo(RegistrationStep.JOBS);
        assertThat(RunningKiosk.onFx(() -> registration.phone().displayProperty().get())).contains("8");
        assertThat(kiosk.bean(StaffAccess.class).roleProperty().get()).isNull();
        assertThat(RunningKiosk.onFx(() -> allText(kiosk.scene().getRoot()))).doesNotContain("终端编号");

        logIn("1111");
        kiosk.waitUntil(() -> text("#staff-pin-message").startsWith("密码不对"));
        kiosk.robot.clickOn("#staff-pin-back");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REGISTER);
        assertThat(registration.stepProperty().get()).isEqualTo(RegistrationStep.JOBS);
        assertThat(RunningKiosk.onFx(() -> kiosk.bean(StaffLoginViewModel.class).dots().get())).isEmpty();
    }

    private static void logIn(String pin) throws Exception {
        kiosk.robot.moveTo("#station-box");
        long start = System.nanoTime();
        for (int tap = 0; tap < 5; tap++) {
            kiosk.robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
        }
        System.out.printf("five taps on the station name took %d ms%n", (System.nanoTime() - start) / 1_000_000);
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.STAFF_LOGIN);
        for (char digit : pin.toCharArray()) {
            kiosk.robot.clickOn("#keypad-" + digit);
        }
        kiosk.waitUntil(() -> text("#staff-pin-dots").length() == pin.length());
        if (pin.equals("2468")) {
            kiosk.snapshot("staff-pin");
        }
        kiosk.robot.clickOn("#staff-pin-enter");
    }

    private static void assertAccessible(String screenshot) throws Exception {
        kiosk.snapshot(screenshot);
        AccessibilityChecks.Report report = RunningKiosk.onFx(() -> AccessibilityChecks.check(kiosk.scene().getRoot()));
        assertThat(report.violations).as(screenshot).isEmpty();
    }

    private static String text(String query) throws Exception {
        return RunningKiosk.onFx(() -> {
            Node node = kiosk.scene().lookup(query);
            return node instanceof Labeled labeled && labeled.getText() != null ? labeled.getText() : "";
        });
    }

    private static String allText(Node root) {
        StringBuilder text = new StringBuilder();
        if (root instanceof Labeled labeled) {
            text.append(labeled.getText()).append('\n');
        }
        if (root instanceof javafx.scene.Parent parent && root.isVisible()) {
            parent.getChildrenUnmodifiable().forEach(child -> text.append(allText(child)));
        }
        return text.toString();
    }
}
