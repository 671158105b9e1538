package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.embed.swing.SwingFXUtils;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lingong.devices.idcard.codec.SamCommand;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.platform.api.jobs.Job;
import org.lingong.kiosk.search.SearchSort;
import org.lingong.kiosk.search.SearchCriteria;
import org.lingong.kiosk.search.PayFilter;
import org.lingong.kiosk.search.JobSearch;
import org.lingong.kiosk.search.District;
import org.lingong.kiosk.worker.PlacedCard;
import org.lingong.kiosk.demo.DemoPanelViewModel;
import org.lingong.kiosk.demo.DemoSimulators;
import org.lingong.kiosk.demo.PrinterStateChoice;
import org.lingong.kiosk.notice.Notice;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.shell.Screen;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole kiosk in demo mode with its in-process simulators, driven through the demo panel's view model (as a
 * tester clicking the panel would) and through key events on the kiosk's scene. Waits for states, never for time.
 */
class DevicesUiTest {

    // off the platform: the search runs on the bundled demo list, which holds the panel's sample job code
    @RegisterExtension
    static final RunningKiosk kiosk = RunningKiosk.forTestClass("--kiosk.demo.enabled=true", "--kiosk.platform.enabled=false");
    private static DemoPanelViewModel demo;

    @BeforeAll
    static void prepare() throws Exception {
        demo = kiosk.bean(DemoPanelViewModel.class);
        kiosk.waitUntil(() -> statusText("#status-id_card_reader").equals("读卡器：正常")
                && statusText("#status-printer").equals("打印机：正常")
                && statusText("#status-scanner").equals("扫码器：正常"));
    }

    /** An empty reader (the driver has polled it since, so the removal was seen), a ready printer, no session. */
    @BeforeEach
    void freshSession() throws Exception {
        DemoSimulators simulators = kiosk.bean(DemoSimulators.class);
        RunningKiosk.onFx(() -> {
            demo.removeCard();
            demo.setPrinterState(PrinterStateChoice.NORMAL);
            return null;
        });
        int finds = simulators.reader().receivedCount(SamCommand.FIND_CARD);
        kiosk.waitUntil(() -> simulators.reader().receivedCount(SamCommand.FIND_CARD) >= finds + 2);
        kiosk.waitUntil(() -> statusText("#status-printer").equals("打印机：正常"));
        kiosk.freshSession();
    }

    @Test
    void theDemoPanelOpensBesideTheKioskInItsOwnWindow() throws Exception {
        Stage panel = kiosk.app().demoPanel().orElseThrow();

        assertThat(panel.isShowing()).isTrue();
        assertThat(panel.getTitle()).isEqualTo("演示模拟器面板");
        assertThat(panel.getScene().lookup("#demo-card-0")).isInstanceOf(Labeled.class);
        assertThat(((Labeled) panel.getScene().lookup("#demo-card-3")).getText()).isEqualTo("放上 巴*例（居民身份证）");
    }

    @Test
    void aCardPlacedOnTheAttractScreenOpensRegistrationAndTheIdleWipeForgetsIt() throws Exception {
        PlacedCard placedCard = kiosk.bean(PlacedCard.class);
        RunningKiosk.onFx(() -> {
            demo.place(FictionalCards.MONGOLIAN_WORKER);
            return null;
        });
        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.REGISTER && placedCard.card().isPresent());
        assertThat(placedCard.card().orElseThrow().documentNumber())
                .isEqualTo(FictionalCards.MONGOLIAN_WORKER.documentNumber());
        assertThat(placedCard.card().orElseThrow().displayName()).isEqualTo(FictionalCards.MONGOLIAN_WORKER.displayName());
        assertThat(kiosk.idle().isSessionActive()).isTrue();
        assertThat(RunningKiosk.onFx(() -> allText(kiosk.scene().getRoot()))).doesNotContain("巴特尔", "150102197811224511");

        DemoSimulators simulators = kiosk.bean(DemoSimulators.class);
        RunningKiosk.onFx(() -> {
            demo.removeCard();
            return null;
        });
        int finds = simulators.reader().receivedCount(SamCommand.FIND_CARD);
        kiosk.waitUntil(() -> simulators.reader().receivedCount(SamCommand.FIND_CARD) >= finds + 3);
        assertThat(kiosk.navigator().current()).as("removing the card ends nothing").isEqualTo(Screen.REGISTER);
        assertThat(placedCard.card()).isPresent();

        RunningKiosk.onFx(() -> {
            kiosk.idle().endSession();
            return null;
        });

        assertThat(placedCard.card()).isEmpty();
        assertThat(kiosk.navigator().current()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void aPrinterOutOfPaperShowsInWordsAndTheNextSlipIsPrintedAndShownInThePanel() throws Exception {
        RunningKiosk.onFx(() -> {
            demo.setPrinterState(PrinterStateChoice.PAPER_OUT);
            return null;
        });
        kiosk.waitUntil(() -> statusText("#status-printer").equals("打印机：缺纸"));
        Path kioskShot = kiosk.snapshot("kiosk-demo-printer-paper-out");

        RunningKiosk.onFx(() -> {
            demo.setPrinterState(PrinterStateChoice.NORMAL);
            return null;
        });
        kiosk.waitUntil(() -> statusText("#status-printer").equals("打印机：正常"));
        int before = demo.receiptCountProperty().get();
        RunningKiosk.onFx(() -> {
            demo.printSampleSlip();
            return null;
        });
        kiosk.waitUntil(() -> demo.receiptCountProperty().get() == before + 1 && demo.latestReceiptPng().isPresent());
        Stage panel = kiosk.app().demoPanel().orElseThrow();
        kiosk.waitUntil(() -> ((ImageView) panel.getScene().lookup("#demo-receipt-image")).getImage() != null);
        assertThat(RunningKiosk.onFx(() -> ((Label) panel.getScene().lookup("#demo-receipt-caption")).getText()))
                .isEqualTo("第 " + (before + 1) + " 张");

        RunningKiosk.onFx(() -> {
            demo.place(FictionalCards.RESIDENT);
            demo.setPrinterState(PrinterStateChoice.PAPER_NEAR_END);
            return null;
        });
        kiosk.waitUntil(() -> statusText("#status-printer").equals("打印机：纸将用完")
                && kiosk.navigator().current() == Screen.REGISTER);
        assertThat(RunningKiosk.onFx(() -> ((javafx.scene.control.ToggleButton) panel.getScene()
                .lookup("#demo-printer-paper-near-end")).isSelected())).isTrue();
        snapshotPanel(panel, "demo-panel");
        assertThat(Files.size(kioskShot)).isPositive();
    }

    @Test
    void aSilentPrinterIsReportedWithoutHoldingTheUiThread() throws Exception {
        // the status read waits 500 ms for each unanswered request on the printer's own thread; the UI thread only
        // hands the state change on and shows the outcome later
        String rightAfter = RunningKiosk.onFx(() -> {
            demo.setPrinterState(PrinterStateChoice.NO_REPLY);
            return statusText("#status-printer");
        });
        assertThat(rightAfter).isEqualTo("打印机：正常");

        kiosk.waitUntil(() -> statusText("#status-printer").equals("打印机：无响应"));
    }

    @Test
    void aFastKeyboardWedgeBurstIsConsumedAndRoutedWhileSlowTypingReachesTheTextField() throws Exception {
        NoticeViewModel notices = kiosk.bean(NoticeViewModel.class);
        TextField field = RunningKiosk.onFx(() -> {
            TextField f = new TextField();
            f.setId("test-wedge-field");
            ((StackPane) kiosk.scene().lookup(".screen-host")).getChildren().add(f);
            f.requestFocus();
            return f;
        });
        try {
            RunningKiosk.onFx(() -> {
                for (char c : "LGJOB1:424242\r".toCharArray()) {
                    Event.fireEvent(field, typed(c));
                }
                return null;
            });
            kiosk.waitUntil(() -> notices.current().isPresent());
            assertThat(notices.current()).contains(Notice.JOB_GONE);
            assertThat(field.getText()).isEmpty();
            kiosk.waitUntil(() -> kiosk.find("#notice-title", Label.class).getText().equals("这个岗位已下架或不存在"));

            RunningKiosk.onFx(() -> {
                notices.dismiss();
                return null;
            });
            for (char c : "13800".toCharArray()) {
                RunningKiosk.onFx(() -> {
                    Event.fireEvent(field, typed(c));
                    return null;
                });
                Thread.sleep(120); // a person's pace between keys: input pacing, not a timing assertion
            }
            kiosk.waitUntil(() -> field.getText().equals("13800"));
            assertThat(notices.current()).isEmpty();
        } finally {
            RunningKiosk.onFx(() -> ((StackPane) field.getParent()).getChildren().remove(field));
        }
    }

    @Test
    void aSerialScanOfADemoJobCodeOpensThatJobsDetail() throws Exception {
        NoticeViewModel notices = kiosk.bean(NoticeViewModel.class);
        RunningKiosk.onFx(() -> {
            demo.scan(DemoPanelViewModel.SAMPLE_JOB_CODE);
            return null;
        });

        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.FIND_JOB
                && kiosk.robot.lookup("#search-detail-title").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(kiosk.find("#search-detail-title", Label.class).getText()).contains("小区保洁员");
        assertThat(notices.current()).isEmpty();
        kiosk.snapshot("kiosk-scanned-job-code");
        assertThat(kiosk.idle().isSessionActive()).isTrue();
        RunningKiosk.onFx(() -> {
            kiosk.idle().endSession();
            return null;
        });
        assertThat(notices.current()).as("the wipe clears notices").isEmpty();
        assertThat(kiosk.navigator().current()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void thePanelsJobPosterScanOpensAJobOfTheCurrentCatalog() throws Exception {
        RunningKiosk.onFx(() -> {
            demo.scanJobPoster();
            return null;
        });

        kiosk.waitUntil(() -> kiosk.navigator().current() == Screen.FIND_JOB
                && kiosk.robot.lookup("#search-detail-title").tryQuery().map(Node::isVisible).orElse(false));
        String title = kiosk.find("#search-detail-title", Label.class).getText();
        assertThat(kiosk.bean(JobSearch.class).search(new SearchCriteria(null, District.wholeCity("1501"), PayFilter.ANY,
                null, "", SearchSort.NEWEST, 0, 1)).jobs()).extracting(Job::title).containsExactly(title);
        RunningKiosk.onFx(() -> {
            kiosk.idle().endSession();
            return null;
        });
    }

    private static KeyEvent typed(char c) {
        return new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false);
    }

    private static String statusText(String id) {
        return kiosk.find(id, Label.class).getText();
    }

    private static String allText(Node root) {
        StringBuilder text = new StringBuilder();
        if (root instanceof Labeled labeled) {
            text.append(labeled.getText()).append('\n');
        }
        if (root instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> text.append(allText(child)));
        }
        return text.toString();
    }

    /** Writes the panel alone, and the kiosk with the panel beside it (both scenes' snapshots side by side). */
    private static void snapshotPanel(Stage panel, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage image = SwingFXUtils.fromFXImage(RunningKiosk.onFx(() -> panel.getScene().snapshot(null)), null);
        BufferedImage kioskImage = SwingFXUtils.fromFXImage(RunningKiosk.onFx(() -> kiosk.scene().snapshot(null)), null);
        BufferedImage both = new BufferedImage(kioskImage.getWidth() + image.getWidth(),
                Math.max(kioskImage.getHeight(), image.getHeight()), BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = both.createGraphics();
        g.setColor(new java.awt.Color(0xf4, 0xf4, 0xf4)); // the panel's background below its scene
        g.fillRect(0, 0, both.getWidth(), both.getHeight());
        g.drawImage(kioskImage, 0, 0, null);
        g.drawImage(image, kioskImage.getWidth(), 0, null);
        g.dispose();
        Files.createDirectories(RunningKiosk.SCREENSHOTS);
        assertThat(ImageIO.write(image, "png", RunningKiosk.SCREENSHOTS.resolve(name + ".png").toFile())).isTrue();
        assertThat(ImageIO.write(both, "png", RunningKiosk.SCREENSHOTS.resolve("kiosk-with-" + name + ".png").toFile()))
                .isTrue();
    }
}
