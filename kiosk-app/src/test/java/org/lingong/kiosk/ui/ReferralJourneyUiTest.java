package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import javafx.scene.Node;
import javafx.scene.control.Label;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.idcard.codec.IdCard;
import org.lingong.devices.idcard.codec.SamCommand;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.devices.printer.ReferralSlip;
import org.lingong.devices.printer.sim.PrintedReceipt;
import org.lingong.devices.printer.sim.ReceiptElement;
import org.lingong.devices.printer.sim.SimulatedPrinterState;
import org.lingong.platform.api.privacy.Masking;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.alert.StaffAlertKind;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.demo.DemoSimulators;
import org.lingong.kiosk.referral.ReferralStage;
import org.lingong.kiosk.referral.ReferralViewModel;
import org.lingong.kiosk.referral.ReprintResult;
import org.lingong.kiosk.referral.SlipRecord;
import org.lingong.kiosk.referral.SlipReprints;
import org.lingong.kiosk.registration.PersonalDataScan;
import org.lingong.kiosk.registration.RegistrationStep;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.search.SearchViewModel;
import org.lingong.kiosk.recognition.WorkerCodeBadgeViewModel;
import org.lingong.kiosk.recognition.WorkerCodes;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.referrals.VerificationStatus;
import org.lingong.platform.api.referrals.VerifyResponse;
import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.http.ApiResult;
import org.lingong.testing.QrImages;
import org.lingong.testing.platform.PlatformUnderTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The worker's whole journey in the real app on a headless 1920×1080 screen, with the in-process device simulators
 * and the real reference platform over HTTP: card → registration → search → 我要报名 → 确认报名 → a printed slip whose
 * QR the platform verifies; the printer-out fallback with the staff reprint; the idle wipe after a referral; and
 * registration + referral while the platform is down. The tests share one platform and one kiosk, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferralJourneyUiTest {

    private static final String STATION = PlatformUnderTest.DEMO_STATION;

    @TempDir
    static Path temp;

    private static PlatformUnderTest platform;
    private static RunningKiosk kiosk;

    @BeforeAll
    static void start() throws Exception {
        registerBundledFontForReceiptImages();
        platform = PlatformUnderTest.start(PlatformUnderTest.Setup.DEMO, temp.resolve("platform"));
        kiosk = RunningKiosk.start("--kiosk.station.code=" + STATION, "--kiosk.station.name=测试驿站",
                "--kiosk.platform.url=" + platform.url(), "--kiosk.platform.enrollment-code=" + PlatformUnderTest.DEMO_CODE,
                "--kiosk.platform.data-dir=" + temp.resolve("kiosk"), "--kiosk.platform.heartbeat-interval=1s");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> backend().identity().isPresent()
                && backend().catalog().size() > 0);
    }

    @AfterAll
    static void stop() throws Exception {
        if (kiosk != null) {
            kiosk.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void cardRegistrationSearchApplyAndConfirmPrintAVerifiableSlipAndThePlatformHoldsWorkerAndReferralOnce()
            throws Exception {
        kiosk.freshSession();
        simulators().printer().setState(SimulatedPrinterState.ONLINE);
        placeCard(FictionalCards.RESIDENT);
        registerByTaps();
        kiosk.robot.clickOn("#registration-find-work");
        Job job = openFirstJob();

        kiosk.robot.clickOn("#search-apply");
        kiosk.waitUntil(() -> referral().stageProperty().get() == ReferralStage.CONFIRM
                && kiosk.navigator().current() == Screen.REFERRAL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#referral-job-title")).isEqualTo(job.title());
        assertThat(text("#referral-worker")).contains("王*例", "110***********1233").doesNotContain("王示例");
        assertPasses("referral confirm", 2);
        kiosk.snapshot("referral-1-confirm");
        kiosk.robot.clickOn("#language-en");
        assertThat(text("#referral-worker")).startsWith("Job seeker: ");
        assertPasses("referral confirm en", 2);
        kiosk.snapshot("referral-1-confirm-en");
        kiosk.robot.clickOn("#language-zh_cn");

        int printedBefore = simulators().printer().receipts().size();
        long tapped = System.nanoTime();
        kiosk.robot.clickOn("#referral-confirm");
        RunningKiosk.onFx(() -> {
            referral().confirm(); // a second tap while issuing
            return null;
        });
        kiosk.waitUntil(() -> referral().stageProperty().get() == ReferralStage.PRINTED);
        System.out.printf("ReferralJourneyUiTest: 确认报名 tap -> 请取走推荐单 (sign, outbox, archive, print) %d ms%n",
                (System.nanoTime() - tapped) / 1_000_000);
        WaitForAsyncUtils.waitForFxEvents();
        ReferralSlip slip = RunningKiosk.onFx(() -> referral().slipProperty().get());
        assertThat(text("#referral-done-title")).isEqualTo("请取走推荐单");
        assertThat(text("#referral-slip-number")).contains(slip.slipNumber());
        assertPasses("referral printed", 2);
        kiosk.snapshot("referral-2-printed");

        PrintedReceipt receipt = simulators().printer().awaitReceipt(printedBefore + 1, Duration.ofSeconds(20)).orElseThrow();
        assertThat(simulators().printer().receipts()).hasSize(printedBefore + 1);
        assertThat(receipt.transcript()).contains(job.title(), slip.slipNumber(), "王*例", "110***********1233", "测试驿站")
                .doesNotContain("王示例", "110101199003071233");
        java.nio.file.Files.write(RunningKiosk.SCREENSHOTS.resolve("referral-4-receipt.png"), receipt.png());
        String printedLink = qrPayload(receipt);
        assertThat(QrImages.decode(receipt.png())).as("QR decoded from the receipt image").contains(printedLink);
        assertThat(printedLink).as("the platform's slip check page, from kiosk.platform.url").isEqualTo(slip.qrToken())
                .matches("http://127\\.0\\.0\\.1:[0-9]+/v/LG1\\..+");
        String printedToken = org.lingong.platform.api.token.ReferralLink.tokenIn(printedLink).orElseThrow();

        assertThat(kiosk.find("#worker-code-badge", javafx.scene.Node.class).isVisible())
                .as("the worker code stands on the slip screen too").isTrue();
        String workerCode = RunningKiosk.onFx(() -> kiosk.bean(WorkerCodeBadgeViewModel.class).codeProperty().get())
                .orElseThrow();
        String workerRef = RunningKiosk.onFx(() -> kiosk.bean(WorkerSession.class).current().orElseThrow().workerRef());
        assertThat(kiosk.bean(WorkerCodes.class).verify(workerCode)).contains(workerRef);
        kiosk.robot.clickOn("#worker-code-print");
        PrintedReceipt codeSlip = simulators().printer().awaitReceipt(printedBefore + 2, Duration.ofSeconds(20))
                .orElseThrow();
        assertThat(qrPayload(codeSlip)).as("the worker code, printed on its own slip").isEqualTo(workerCode);
        assertThat(codeSlip.transcript()).contains("零工驿站登录码", "王*例").doesNotContain("王示例", "110101199003071233");
        kiosk.waitUntil(() -> kiosk.find("#worker-code-print", javafx.scene.control.Button.class).getText().equals("已打印，请取走"));
        java.nio.file.Files.write(RunningKiosk.SCREENSHOTS.resolve("worker-code-receipt.png"), codeSlip.png());

        awaitOutboxDrained();
        assertThat(platform.fleetPage()).as("the fleet page names the slip by its number")
                .contains("<tr><td>" + slip.slipNumber() + "</td>");
        assertThat(platform.workersFrom(STATION)).isEqualTo(1);
        assertThat(platform.referralsFrom(STATION)).isEqualTo(1);
        assertThat(platform.referredWorkers(STATION, job.id())).containsExactly("王*例");
        ApiResult<VerifyResponse> verdict = backend().referralVerifier().verifyOnline(printedToken);
        assertThat(verdict).isInstanceOf(ApiResult.Success.class);
        VerifyResponse response = ((ApiResult.Success<VerifyResponse>) verdict).value();
        assertThat(response.status()).isEqualTo(VerificationStatus.GENUINE);
        assertThat(response.jobId()).isEqualTo(job.id());
        assertThat(response.workerName()).isEqualTo("王*例");

        kiosk.robot.clickOn("#referral-finish");
        assertThat(kiosk.navigator().current()).isEqualTo(Screen.ATTRACT);
        assertThat(RunningKiosk.onFx(() -> kiosk.bean(WorkerSession.class).current())).isEmpty();
    }

    @Test
    @Order(2)
    void withThePrinterOutOfPaperTheSlipIsAQrOnScreenStaffAreAlertedAndAReprintPrintsItLater() throws Exception {
        kiosk.freshSession();
        simulators().printer().setState(SimulatedPrinterState.PAPER_OUT);
        int alertsBefore = alertsOfKind(StaffAlertKind.SLIP_NOT_PRINTED);
        int deviceEventsBefore = platform.eventsFrom(STATION, "DEVICE_STATUS");
        int printedBefore = simulators().printer().receipts().size();
        kiosk.robot.clickOn("#tile-find_job");
        Job job = openFirstJob();

        kiosk.robot.clickOn("#search-apply");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REGISTER);
        assertThat(RunningKiosk.onFx(() -> referral().hasPendingReferral())).isTrue();
        placeCard(FictionalCards.RESIDENT_LONG_TERM);
        registerByTaps();
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REFERRAL
                && referral().stageProperty().get() == ReferralStage.CONFIRM);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#referral-banner")).startsWith("身份已确认");
        assertThat(text("#referral-job-title")).isEqualTo(job.title());
        assertPasses("referral confirm after registration", 2);
        kiosk.snapshot("referral-1-confirm-after-registration");

        long tapped = System.nanoTime();
        kiosk.robot.clickOn("#referral-confirm");
        kiosk.waitUntil(() -> referral().stageProperty().get() == ReferralStage.NOT_PRINTED);
        System.out.printf("ReferralJourneyUiTest: 确认报名 tap -> on-screen QR (printer out of paper) %d ms%n",
                (System.nanoTime() - tapped) / 1_000_000);
        WaitForAsyncUtils.waitForFxEvents();
        ReferralSlip slip = RunningKiosk.onFx(() -> referral().slipProperty().get());
        assertThat(kiosk.find("#referral-qr", Node.class).isVisible()).isTrue();
        assertThat(text("#referral-fallback-hint")).startsWith("打印机暂时不能打印，请用手机拍下这个二维码，或请工作人员补打");
        assertThat(text("#referral-slip-number")).contains(slip.slipNumber());
        assertPasses("referral not printed", 2);
        Path shot = kiosk.snapshot("referral-3-not-printed");
        javafx.geometry.Bounds qrOnScreen = RunningKiosk.onFx(() -> {
            Node qr = kiosk.find("#referral-qr", Node.class);
            return qr.localToScene(qr.getBoundsInLocal());
        });
        assertThat(decodeQr(java.nio.file.Files.readAllBytes(shot), qrOnScreen)).as("QR decoded from the screen")
                .isEqualTo(slip.qrToken());
        kiosk.robot.clickOn("#language-en");
        assertThat(text("#referral-fallback-hint")).startsWith("The printer cannot print right now.");
        assertPasses("referral not printed en", 2);
        kiosk.snapshot("referral-3-not-printed-en");
        kiosk.robot.clickOn("#language-zh_cn");
        assertThat(simulators().printer().receipts()).hasSize(printedBefore);
        assertThat(alertsOfKind(StaffAlertKind.SLIP_NOT_PRINTED)).isEqualTo(alertsBefore + 1);
        assertThat(kiosk.bean(StaffAlerts.class).open().get(0).detail()).contains(slip.slipNumber(), "PAPER_OUT")
                .doesNotContain("李");
        awaitOutboxDrained();
        assertThat(platform.eventsFrom(STATION, "DEVICE_STATUS")).isGreaterThan(deviceEventsBefore);

        SlipReprints reprints = kiosk.bean(SlipReprints.class);
        assertThat(reprints.reprint(slip.slipNumber())).isEqualTo(ReprintResult.PRINTER_NOT_READY);
        simulators().printer().setState(SimulatedPrinterState.ONLINE);
        assertThat(reprints.reprint(slip.slipNumber())).isEqualTo(ReprintResult.PRINTED);
        assertThat(reprints.reprint("TJ-19990101-0001")).isEqualTo(ReprintResult.UNKNOWN_SLIP);
        PrintedReceipt reprinted = simulators().printer().awaitReceipt(printedBefore + 1, Duration.ofSeconds(20)).orElseThrow();
        assertThat(reprinted.transcript()).contains(slip.slipNumber(), job.title());
        assertThat(qrPayload(reprinted)).isEqualTo(slip.qrToken());
        assertThat(reprints.recent(5).get(0).slipNumber()).isEqualTo(slip.slipNumber());
        assertThat(reprints.recent(5).get(0).printCount()).isEqualTo(1);
        assertThat(reprints.recent(5).get(0).maskedWorker()).isEqualTo(Masking.name(FictionalCards.RESIDENT_LONG_TERM.name()));
    }

    @Test
    @Order(3)
    void afterAReferralTheIdleWipeLeavesNoPersonalDataInTheSceneOrTheViewModels() throws Exception {
        kiosk.freshSession();
        simulators().printer().setState(SimulatedPrinterState.PAPER_OUT);
        kiosk.robot.clickOn("#tile-find_job");
        openJob(1); // not the first job: this worker holds a valid slip for that one since the first test
        kiosk.robot.clickOn("#search-apply");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REGISTER);
        // the worker registered in the first test: the returning card resumes the pending referral directly
        placeKnownCard(FictionalCards.RESIDENT);
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REFERRAL
                && referral().stageProperty().get() == ReferralStage.CONFIRM);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(kiosk.bean(NoticeViewModel.class).current()).as("no welcome notice covers the referral").isEmpty();
        assertThat(text("#referral-banner")).startsWith("身份已确认");
        kiosk.robot.clickOn("#referral-confirm");
        kiosk.waitUntil(() -> referral().stageProperty().get() == ReferralStage.NOT_PRINTED);
        WaitForAsyncUtils.waitForFxEvents();
        String[] secrets = {"王示例", "110101199003071233", "13812345678", "王*例", "110***********1233", "138****5678"};
        assertThat(RunningKiosk.onFx(() -> PersonalDataScan.find(kiosk.scene().getRoot(), secrets)))
                .as("the scan sees the shown data").isNotEmpty();

        simulators().reader().remove();
        kiosk.freshSession();
        simulators().printer().setState(SimulatedPrinterState.ONLINE);

        assertThat(kiosk.navigator().current()).isEqualTo(Screen.ATTRACT);
        assertThat(RunningKiosk.onFx(() -> PersonalDataScan.find(kiosk.scene().getRoot(), secrets))).isEmpty();
        for (Object holder : List.of(referral(), kiosk.bean(RegistrationViewModel.class), kiosk.bean(WorkerSession.class),
                kiosk.bean(SearchViewModel.class))) {
            assertThat(RunningKiosk.onFx(() -> PersonalDataScan.find(holder, secrets))).as(holder.getClass().getSimpleName())
                    .isEmpty();
        }
    }

    @Test
    @Order(4)
    void offlineRegistrationAndReferralArriveExactlyOnceWhenThePlatformReturns() throws Exception {
        kiosk.freshSession();
        int workersBefore = platform.workersFrom(STATION);
        int referralsBefore = platform.referralsFrom(STATION);
        simulators().printer().setState(SimulatedPrinterState.ONLINE);
        platform.stop();

        placeCard(FictionalCards.MONGOLIAN_WORKER);
        registerByTaps();
        kiosk.robot.clickOn("#registration-find-work");
        Job job = openFirstJob();
        kiosk.robot.clickOn("#search-apply");
        kiosk.waitUntil(() -> referral().stageProperty().get() == ReferralStage.CONFIRM);
        kiosk.robot.clickOn("#referral-confirm");
        kiosk.waitUntil(() -> referral().stageProperty().get() == ReferralStage.PRINTED);
        assertThat(backend().outboxStats().depth()).isGreaterThanOrEqualTo(2);

        platform.restart();
        awaitOutboxDrained();
        assertThat(platform.workersFrom(STATION)).isEqualTo(workersBefore + 1);
        assertThat(platform.referralsFrom(STATION)).isEqualTo(referralsBefore + 1);
        assertThat(platform.referredWorkers(STATION, job.id())).filteredOn(name -> name.startsWith("巴")).hasSize(1);
    }

    @Test
    @Order(5)
    void theSameWorkerApplyingAgainForTheSameJobIsToldSoAndGetsTheSameSlipAgainNotASecondReferral() throws Exception {
        kiosk.freshSession();
        simulators().printer().setState(SimulatedPrinterState.ONLINE);
        awaitOutboxDrained();
        int referralsBefore = platform.referralsFrom(STATION);
        int printedBefore = simulators().printer().receipts().size();
        kiosk.robot.clickOn("#tile-find_job");
        Job job = openFirstJob(); // 王示例 took a slip for it in the first test
        SlipRecord earlier = kiosk.bean(SlipReprints.class).recent(50).stream()
                .filter(slip -> slip.jobTitle().equals(job.title()) && slip.maskedWorker().equals("王*例"))
                .findFirst().orElseThrow();

        kiosk.robot.clickOn("#search-apply");
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REGISTER);
        placeKnownCard(FictionalCards.RESIDENT);
        kiosk.waitUntil(() -> referral().stageProperty().get() == ReferralStage.ALREADY_ISSUED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#referral-already-title")).isEqualTo("您已经报过名");
        assertThat(text("#referral-slip-number")).contains(earlier.slipNumber());
        assertPasses("already applied", 3);
        kiosk.snapshot("referral-5-already-applied");
        kiosk.robot.clickOn("#language-en");
        assertThat(text("#referral-already-title")).isEqualTo("You have already applied");
        assertPasses("already applied en", 3);
        kiosk.robot.clickOn("#language-zh_cn");

        kiosk.robot.clickOn("#referral-reprint");
        kiosk.waitUntil(() -> referral().stageProperty().get() == ReferralStage.PRINTED);
        PrintedReceipt again = simulators().printer().awaitReceipt(printedBefore + 1, Duration.ofSeconds(20)).orElseThrow();
        assertThat(again.transcript()).contains(earlier.slipNumber(), job.title());
        awaitOutboxDrained();
        assertThat(platform.referralsFrom(STATION)).as("no second referral").isEqualTo(referralsBefore);
        assertThat(platform.referredWorkers(STATION, job.id())).containsOnlyOnce("王*例");
    }

    /** The simulator draws receipt images with AWT: give it the kiosk's CJK font (machines without one draw boxes). */
    private static void registerBundledFontForReceiptImages() throws Exception {
        for (String file : List.of("/fonts/NotoSansSC-Regular.ttf", "/fonts/NotoSansSC-Bold.ttf")) {
            try (java.io.InputStream in = ReferralJourneyUiTest.class.getResourceAsStream(file)) {
                if (in != null) {
                    java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment()
                            .registerFont(java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in));
                }
            }
        }
    }

    // ---- the journey's steps ----

    /** Takes any card off the reader, waits until the reader has looked for a card again, then places {@code card}. */
    private static void placeCard(IdCard card) throws Exception {
        new KioskJourney(kiosk).placeCard(card);
    }

    /** Places the card of a worker this kiosk already knows: no registration step, the session just knows them. */
    private static void placeKnownCard(IdCard card) throws Exception {
        simulators().reader().remove();
        int finds = simulators().reader().receivedCount(SamCommand.FIND_CARD);
        kiosk.waitUntil(() -> simulators().reader().receivedCount(SamCommand.FIND_CARD) >= finds + 2);
        simulators().reader().place(card);
        kiosk.waitUntil(() -> kiosk.bean(WorkerSession.class).current().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** From the card step to 同意, by taps. */
    private static void registerByTaps() throws Exception {
        new KioskJourney(kiosk).registerByTaps("G101");
    }

    private static Job openFirstJob() throws Exception {
        return openJob(0);
    }

    private static Job openJob(int index) throws Exception {
        return new KioskJourney(kiosk).openJob(index);
    }

    private static void awaitOutboxDrained() throws Exception {
        new KioskJourney(kiosk).awaitOutboxDrained();
    }

    // ---- reading what came out ----

    private static String qrPayload(PrintedReceipt receipt) {
        return receipt.elements().stream().filter(ReceiptElement.QrCode.class::isInstance)
                .map(element -> ((ReceiptElement.QrCode) element).payloadText()).findFirst().orElseThrow();
    }

    /**
     * Decodes the QR image shown at {@code area} of the screenshot: exactly that area (the image carries its own quiet
     * zone, drawn at a whole number of pixels per module), read as a pure barcode, so nothing else on screen and no
     * finder-pattern guess can get in the way; anything drawn over it still breaks the decode.
     */
    private static String decodeQr(byte[] png, javafx.geometry.Bounds area) throws Exception {
        BufferedImage screen = ImageIO.read(new ByteArrayInputStream(png));
        int x = (int) Math.round(area.getMinX());
        int y = (int) Math.round(area.getMinY());
        int size = (int) Math.round(Math.min(area.getWidth(), area.getHeight()));
        BufferedImage shown = screen.getSubimage(x, y, Math.min(size, screen.getWidth() - x),
                Math.min(size, screen.getHeight() - y));
        int[] pixels = shown.getRGB(0, 0, shown.getWidth(), shown.getHeight(), null, 0, shown.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(shown.getWidth(), shown.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, true))
                .getText();
    }

    private static int alertsOfKind(StaffAlertKind kind) {
        return (int) kiosk.bean(StaffAlerts.class).open().stream().filter(alert -> alert.kind() == kind).count();
    }

    private static String text(String query) {
        return kiosk.find(query, Label.class).getText();
    }

    private static void assertPasses(String screen, int minButtons) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        AccessibilityChecks.Report report = RunningKiosk.onFx(() -> AccessibilityChecks.check(kiosk.scene().getRoot()));
        assertThat(report.violations).as(screen).isEmpty();
        assertThat(report.buttons).as(screen + " buttons checked").isGreaterThanOrEqualTo(minButtons);
        assertThat(report.texts).as(screen + " texts checked").isGreaterThan(3);
        Node top = kiosk.find(".top-bar", Node.class);
        Node status = kiosk.find(".status-bar", Node.class);
        assertThat(RunningKiosk.onFx(() -> top.localToScene(top.getLayoutBounds()).getMinY())).as(screen + " top bar top")
                .isGreaterThanOrEqualTo(-0.5);
        assertThat(RunningKiosk.onFx(() -> status.localToScene(status.getLayoutBounds()).getMaxY()))
                .as(screen + " status bar bottom").isLessThanOrEqualTo(kiosk.scene().getHeight() + 0.5);
    }

    private static ReferralViewModel referral() {
        return kiosk.bean(ReferralViewModel.class);
    }

    private static DemoSimulators simulators() {
        return kiosk.bean(DemoSimulators.class);
    }

    private static BackendClient backend() {
        return kiosk.bean(BackendClient.class);
    }
}
