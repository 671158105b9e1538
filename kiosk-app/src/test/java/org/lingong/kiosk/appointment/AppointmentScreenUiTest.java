package org.lingong.kiosk.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.theme.KioskFonts;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.api.appointments.AppointmentService;
import org.lingong.testing.MutableClock;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 预约 screen tapped through headless (TestFX + Monocle) against a station platform that can go offline: a booking,
 * a tap on a full slot, and an offline booking that another kiosk's booking beats, which shows the next free slot once
 * the kiosk syncs. Screenshots of each step at 1920×1080 and 1080×1920 go to {@code target/screenshots/appointment}.
 */
class AppointmentScreenUiTest {

    private static final Path SHOTS = Path.of("target", "screenshots", "appointment");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NINE = Instant.parse("2026-12-07T01:00:00Z");

    private final FxRobot robot = new FxRobot();
    private final MutableClock clock = MutableClock.atShanghai("2026-12-06T23:00:00Z");
    private final SwitchablePlatform platform = new SwitchablePlatform(clock, SHANGHAI);
    private final AppointmentBook book = new AppointmentBook(platform, clock, SHANGHAI);
    private final PrintedSlips slips = new PrintedSlips();
    private final WorkerSession workers = new WorkerSession();
    private final Messages messages = new Messages(KioskLanguage.ZH_CN);
    private AppointmentViewModel viewModel;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        KioskFonts.load();
    }

    @AfterAll
    static void closeStages() throws Exception {
        FxToolkit.cleanupStages();
    }

    @BeforeEach
    void show() throws Exception {
        viewModel = new AppointmentViewModel(book, slips, workers, new CurrentThreadTaskExecutor());
        stage = FxToolkit.registerPrimaryStage();
        onFx(() -> {
            Scene scene = new Scene(new AppointmentView(viewModel, messages, () -> { }), 1920, 1080);
            scene.getStylesheets().add(AppointmentView.class.getResource("/org/lingong/kiosk/theme/kiosk.css").toExternalForm());
            stage.setScene(scene);
            stage.setX(0);
            stage.setY(0);
            stage.show();
            viewModel.opened();
            return null;
        });
    }

    @Test
    void aWorkerBooksAFreeSlotAndLeavesWithTheCodeAndASlip() throws Exception {
        shootLandscape("1-services");
        tap("#appointment-service-career_guidance");
        shoot("2-slots");
        tap("#appointment-slot-0");
        shootLandscape("3-phone");
        for (char digit : "13912345678".toCharArray()) {
            tap("#keypad-" + digit);
        }
        tap("#appointment-phone-ok");

        assertThat(text("#appointment-done-title")).isEqualTo("预约成功");
        String code = viewModel.booking().get().code();
        assertThat(text("#appointment-code")).isEqualTo("预约码：" + code);
        assertThat(text("#appointment-time")).isEqualTo("职业指导  12月7日 周一 09:00");
        assertThat(slips.printed).hasSize(1);
        shoot("4-done");
    }

    @Test
    void laterDaysAreReachedByTapsNotByScrolling() throws Exception {
        tap("#appointment-service-career_guidance");
        String firstDay = text("#appointment-day-0");
        assertThat(robot.lookup(".scroll-pane").tryQuery()).as("no scroll bar to drag").isEmpty();
        assertThat(robot.lookup("#appointment-day-" + AppointmentView.DAYS_PER_PAGE).tryQuery()).isEmpty();

        tap("#appointment-days-next");

        assertThat(text("#appointment-day-0")).as("the next days").isNotEqualTo(firstDay);
        assertThat(text("#appointment-days-page")).isEqualTo("第 2 页，共 " + pages() + " 页");
        shootLandscape("2b-later-days");
        tap("#appointment-days-previous");
        assertThat(text("#appointment-day-0")).isEqualTo(firstDay);
    }

    private long pages() throws Exception {
        long days = onFx(() -> viewModel.slots().stream()
                .map(slot -> slot.startsAt().atZone(viewModel.zone()).toLocalDate()).distinct().count());
        return (days + AppointmentView.DAYS_PER_PAGE - 1) / AppointmentView.DAYS_PER_PAGE;
    }

    @Test
    void aTapOnAFullSlotSaysSoAndBooksNothing() throws Exception {
        platform.otherKioskBooks(AppointmentService.CAREER_GUIDANCE, NINE);
        tap("#appointment-service-career_guidance");

        tap("#appointment-slot-0");

        assertThat(text("#appointment-message")).isEqualTo("这个时间已经约满了，请选别的时间。");
        assertThat(text("#appointment-slot-0")).contains("已约满");
        assertThat(robot.lookup("#appointment-phone").tryQuery()).isEmpty();
        assertThat(slips.printed).isEmpty();
        shootLandscape("5-full-slot");
    }

    @Test
    void anOfflineBookingThatLosesTheRaceShowsTheNextFreeSlot() throws Exception {
        platform.offline();
        tap("#appointment-service-career_guidance");
        assertThat(robot.lookup("#appointment-offline").queryAs(Label.class).isVisible()).isTrue();
        shootLandscape("6-offline-slots");
        tap("#appointment-slot-0");
        tap("#appointment-phone-skip");
        assertThat(text("#appointment-done-title")).isEqualTo("已预约，待平台确认");
        shootLandscape("7-tentative");

        platform.otherKioskBooks(AppointmentService.CAREER_GUIDANCE, NINE);
        platform.online();
        onFx(book::sync);

        assertThat(text("#appointment-lost")).isEqualTo("很抱歉，12月7日 周一 09:00 已经被别人约满了。");
        assertThat(text("#appointment-offered")).isEqualTo("最近可以约的时间：12月7日 周一 09:30");
        shoot("8-lost-offer");
        tap("#appointment-take-offered");
        assertThat(text("#appointment-done-title")).isEqualTo("预约成功");
        assertThat(text("#appointment-time")).endsWith("09:30");
    }

    @Test
    void myAppointmentsListsTheWorkersBookingsToCancelOrMove() throws Exception {
        workers.begin(new ActiveWorker("w-1", "张*三", "150***********1234"));
        tap("#appointment-service-home_visit");
        tap("#appointment-slot-0");
        tap("#appointment-phone-skip");
        tap("#appointment-back");
        tap("#appointment-open-mine");
        String code = viewModel.booking().get().code();
        assertThat(text("#appointment-mine-" + code)).contains("上门服务").contains(code).contains("已确认");
        shoot("9-mine");

        tap("#appointment-cancel-" + code);

        assertThat(text("#appointment-message")).isEqualTo("预约已取消。");
        assertThat(robot.lookup("#appointment-mine-" + code).tryQuery()).isEmpty();
    }

    private void tap(String query) {
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(String query) throws Exception {
        return onFx(() -> {
            Node node = robot.lookup(query).query();
            return node instanceof Label label ? label.getText() : ((javafx.scene.control.Labeled) node).getText();
        });
    }

    private void shootLandscape(String name) throws Exception {
        save(name + "-1920x1080");
    }

    /** Saves the screen at 1920×1080 and, laid out again, at 1080×1920 (portrait kiosks). */
    private void shoot(String name) throws Exception {
        save(name + "-1920x1080");
        onFx(() -> {
            stage.setWidth(1080);
            stage.setHeight(1920);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        save(name + "-1080x1920");
        onFx(() -> {
            stage.setWidth(1920);
            stage.setHeight(1080);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void save(String name) throws Exception {
        BufferedImage image = onFx(() -> SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        Files.createDirectories(SHOTS);
        ImageIO.write(image, "png", SHOTS.resolve(name + ".png").toFile());
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }
}
