package org.lingong.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lingong.kiosk.KioskApp;
import org.lingong.kiosk.UnclaimedStartups;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole kiosk app (Spring context + JavaFX) running on the Monocle headless screen.
 *
 * <p>As a JUnit extension it runs one kiosk for a test class, which states only the app's arguments:
 * <pre>{@code
 * @RegisterExtension
 * static final RunningKiosk kiosk = RunningKiosk.forTestClass("--kiosk.platform.enabled=false").freshSessionBeforeEach();
 * }</pre>
 * The kiosk starts before the class's {@code @BeforeAll} methods and closes after its {@code @AfterAll} methods.
 * {@link #start} starts one at once, for a test that must prepare something (a platform) before the kiosk.
 */
final class RunningKiosk implements AutoCloseable, BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final FxRobot robot = new FxRobot();
    private final List<String> extraArgs;
    private boolean freshSessionBeforeEach;
    private KioskApp app;
    private Scene scene;
    private Path dataDir;

    private RunningKiosk(String... extraArgs) {
        this.extraArgs = List.of(extraArgs);
    }

    /** A kiosk started before the test class's tests and closed after them (register it with {@code @RegisterExtension}). */
    static RunningKiosk forTestClass(String... extraArgs) {
        return new RunningKiosk(extraArgs);
    }

    /** Also ends any session before each test (see {@link #freshSession()}). */
    RunningKiosk freshSessionBeforeEach() {
        freshSessionBeforeEach = true;
        return this;
    }

    /** Starts the kiosk now; its data directory is a fresh temporary one unless {@code extraArgs} names one. */
    static RunningKiosk start(String... extraArgs) throws Exception {
        RunningKiosk kiosk = new RunningKiosk(extraArgs);
        kiosk.launch();
        return kiosk;
    }

    private void launch() throws Exception {
        List<String> args = new ArrayList<>();
        // the end-of-session rating and the status check cover the screen: only the tests of them switch them on
        for (String fallback : List.of("--kiosk.station.name=测试区幸福路零工驿站", "--kiosk.station.code=ST-150102-900",
                "--kiosk.rating.enabled=false", "--kiosk.status-check.enabled=false")) {
            String key = fallback.substring(0, fallback.indexOf('=') + 1);
            if (extraArgs.stream().noneMatch(arg -> arg.startsWith(key))) {
                args.add(fallback);
            }
        }
        args.addAll(extraArgs);
        String dataDirKey = "--kiosk.platform.data-dir=";
        dataDir = args.stream().filter(arg -> arg.startsWith(dataDirKey)).findFirst()
                .map(arg -> Path.of(arg.substring(dataDirKey.length())))
                .orElse(null);
        if (dataDir == null) {
            // no known workers, identity or outbox left over from an earlier test or run
            dataDir = Files.createTempDirectory("kiosk-ui-");
            args.add(dataDirKey + dataDir);
        }
        FxToolkit.registerPrimaryStage();
        UnclaimedStartups.forget(); // a startup an earlier test of this JVM left is not this kiosk's
        app = (KioskApp) FxToolkit.setupApplication(KioskApp.class, args.toArray(String[]::new));
        UnclaimedStartups.forget(); // the app's own (KioskApp#init started it), not the next kiosk's
        scene = app.shown().get(90, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        launch();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (freshSessionBeforeEach) {
            freshSession();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        close();
    }

    KioskApp app() {
        return app;
    }

    Scene scene() {
        return scene;
    }

    /** The kiosk's data directory (known workers, identity, outbox): the one named in the arguments, or a fresh one. */
    Path dataDir() {
        return dataDir;
    }

    <T> T bean(Class<T> type) {
        return app.context().getBean(type);
    }

    Messages messages() {
        return bean(Messages.class);
    }

    ScreenNavigator navigator() {
        return bean(ScreenNavigator.class);
    }

    IdleSession idle() {
        return bean(IdleSession.class);
    }

    /** Ends any session (as the idle timeout would) so that each test starts on a fresh attract screen. */
    void freshSession() throws Exception {
        onFx(() -> {
            idle().endSession();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Checks the whole scene once the pending FX events ran ({@link AccessibilityChecks}): no violation, and the check
     * saw at least {@code minButtons} buttons and more than five texts and contrast pairs.
     */
    void assertAccessible(String screen, int minButtons) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        AccessibilityChecks.Report report = onFx(() -> AccessibilityChecks.check(scene.getRoot()));
        assertThat(report.violations).as(screen).isEmpty();
        assertThat(report.buttons).as(screen + " buttons checked").isGreaterThanOrEqualTo(minButtons);
        assertThat(report.texts).as(screen + " texts checked").isGreaterThan(5);
        assertThat(report.contrastPairs).as(screen + " contrast pairs checked").isGreaterThan(5);
        assertThat(report.placements).as(screen + " placements checked").isGreaterThan(5);
    }

    /**
     * Gives the kiosk's window (and so its scene) the size {@code width}×{@code height}, as a screen of that size would,
     * and waits until the shell is laid out at it. The headless screen stays 1920×1080: use taps only inside it.
     */
    void resize(double width, double height) throws Exception {
        onFx(() -> {
            Stage stage = (Stage) scene.getWindow();
            stage.setFullScreen(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            return null;
        });
        waitUntil(() -> scene.getWidth() == width && scene.getHeight() == height);
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    <T extends Node> T find(String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(condition));
    }

    static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
    }

    Path snapshot(String name) throws Exception {
        WritableImage image = onFx(() -> scene.snapshot(null));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        if (!ImageIO.write(buffered, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
        return file;
    }

    @Override
    public void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
            // an error the kiosk's closing raised on the FX thread fails this class (TestFX rethrows it from the
            // next wait), not the next class of this JVM
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
