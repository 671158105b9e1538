package org.lingong.kiosk.ui;

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

import javax.imageio.ImageIO;

import org.lingong.kiosk.KioskApp;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole kiosk app (Spring context + JavaFX) running on the Monocle headless screen. */
final class RunningKiosk implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final KioskApp app;
    final Scene scene;
    final FxRobot robot = new FxRobot();

    private RunningKiosk(KioskApp app, Scene scene) {
        this.app = app;
        this.scene = scene;
    }

    /** Starts the kiosk; its data directory is a fresh temporary one unless {@code extraArgs} names one. */
    static RunningKiosk start(String... extraArgs) throws Exception {
        List<String> args = new ArrayList<>();
        for (String fallback : List.of("--kiosk.station.name=测试区幸福路零工驿站", "--kiosk.station.code=ST-150102-900")) {
            String key = fallback.substring(0, fallback.indexOf('=') + 1);
            if (List.of(extraArgs).stream().noneMatch(arg -> arg.startsWith(key))) {
                args.add(fallback);
            }
        }
        args.addAll(List.of(extraArgs));
        if (args.stream().noneMatch(arg -> arg.startsWith("--kiosk.platform.data-dir="))) {
            // no known workers, identity or outbox left over from an earlier test or run
            args.add("--kiosk.platform.data-dir=" + Files.createTempDirectory("kiosk-ui-"));
        }
        FxToolkit.registerPrimaryStage();
        KioskApp app = (KioskApp) FxToolkit.setupApplication(KioskApp.class, args.toArray(String[]::new));
        Scene scene = app.shown().get(90, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return new RunningKiosk(app, scene);
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
        FxToolkit.cleanupApplication(app);
    }
}
