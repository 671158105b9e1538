package org.lingong.kiosk;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.demo.DemoPanel;
import org.lingong.kiosk.shell.KioskShell;
import org.lingong.kiosk.shell.ToolkitWarmUp;
import org.lingong.kiosk.theme.KioskFonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The JavaFX application. Spring is already booting on its own thread (started by {@link Launcher},
 * or here in {@link #init()} when the application is launched directly, as tests do); {@link #start}
 * shows the stage as soon as the context is ready, with the attract screen filled in. What the window holds is the
 * {@link KioskShell} bean, assembled by Spring from what the features contribute.
 */
public class KioskApp extends Application {

    private static final Logger log = LoggerFactory.getLogger(KioskApp.class);

    /** Set when the kiosk could not start, so that {@link Launcher} exits with a non-zero status. */
    static volatile boolean startFailed;

    private final CompletableFuture<Scene> shown = new CompletableFuture<>();
    private SpringStartup startup;
    private @Nullable ConfigurableApplicationContext context;
    private @Nullable KioskShell shell;
    private @Nullable Stage demoPanel;

    @Override
    public void init() {
        startup = SpringStartup.takeStarted().orElseGet(() -> SpringStartup.start(getParameters().getRaw()));
        ToolkitWarmUp.start();
        KioskFonts.load();
    }

    @Override
    public void start(Stage stage) {
        startup.context().whenComplete((ready, error) -> Platform.runLater(() -> {
            if (error != null) {
                fail(error);
            } else {
                try {
                    show(stage, ready);
                } catch (RuntimeException e) {
                    fail(e);
                }
            }
        }));
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.stop();
        }
        if (demoPanel != null) {
            demoPanel.close();
        }
        if (context != null) {
            context.close();
        }
    }

    /** Completes with the scene once the first screen is on the stage (for tests and harnesses). */
    public CompletableFuture<Scene> shown() {
        return shown;
    }

    /** The running Spring context; throws before {@link #shown()} completed. */
    public ConfigurableApplicationContext context() {
        if (context == null) {
            throw new IllegalStateException("the kiosk is not shown yet");
        }
        return context;
    }

    private void show(Stage stage, ConfigurableApplicationContext ready) {
        context = ready;
        shell = ready.getBean(KioskShell.class);
        Scene scene = shell.show(stage);
        demoPanel = ready.getBean(DemoPanel.class).openBeside(stage).orElse(null);
        shown.complete(scene);
    }

    /** The demo simulator panel's window, when demo mode opened one. */
    public Optional<Stage> demoPanel() {
        return Optional.ofNullable(demoPanel);
    }

    private void fail(Throwable error) {
        startFailed = true;
        log.error("Kiosk cannot start: {}", describe(error));
        shown.completeExceptionally(error);
        Platform.exit();
    }

    /** One line for the log: the configuration key that failed to bind (if any) and the root cause. */
    static String describe(Throwable error) {
        String binding = null;
        Throwable cause = error;
        while (true) {
            if (cause instanceof BindException bind) {
                binding = bind.getMessage();
            }
            if (cause.getCause() == null) {
                break;
            }
            cause = cause.getCause();
        }
        String root = String.valueOf(cause.getMessage());
        return binding == null || binding.equals(root) ? root : binding + ": " + root;
    }
}
