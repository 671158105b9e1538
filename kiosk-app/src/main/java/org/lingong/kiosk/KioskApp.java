package org.lingong.kiosk;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.attract.AttractViewModel;
import org.lingong.kiosk.config.DemoProperties;
import org.lingong.kiosk.config.KioskProperties;
import org.lingong.kiosk.demo.DemoPanelViewModel;
import org.lingong.kiosk.demo.DemoPanelWindow;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.leave.ExitButton;
import org.lingong.kiosk.leave.LeaveConfirmView;
import org.lingong.kiosk.leave.LeaveViewModel;
import org.lingong.kiosk.notice.NoticeView;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.registration.RegistrationViewModel;
import org.lingong.kiosk.scan.WedgeInput;
import org.lingong.kiosk.search.SearchViewModel;
import org.lingong.kiosk.scan.WedgeKeyFilter;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.shell.ClockViewModel;
import org.lingong.kiosk.shell.DesignCanvas;
import org.lingong.kiosk.shell.FirstFrameProbe;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.shell.ScreenViewFactory;
import org.lingong.kiosk.shell.ShellView;
import org.lingong.kiosk.shell.StageSetup;
import org.lingong.kiosk.staff.SecretTap;
import org.lingong.kiosk.shell.UiHeartbeat;
import org.lingong.kiosk.status.StatusBarViewModel;
import org.lingong.kiosk.theme.KioskFonts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The JavaFX application. Spring is already booting on its own thread (started by {@link Launcher},
 * or here in {@link #init()} when the application is launched directly, as tests do); {@link #start}
 * shows the stage as soon as the context is ready, with the attract screen filled in.
 */
public class KioskApp extends Application {

    static final String STYLESHEET = "/org/lingong/kiosk/theme/kiosk.css";
    private static final Logger log = LoggerFactory.getLogger(KioskApp.class);

    /** Set when the kiosk could not start, so that {@link Launcher} exits with a non-zero status. */
    static volatile boolean startFailed;

    private final CompletableFuture<Scene> shown = new CompletableFuture<>();
    private SpringStartup startup;
    private @Nullable ConfigurableApplicationContext context;
    private @Nullable UiHeartbeat heartbeat;
    private @Nullable Stage demoPanel;

    @Override
    public void init() {
        startup = SpringStartup.takeStarted().orElseGet(() -> SpringStartup.start(getParameters().getRaw()));
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
        if (heartbeat != null) {
            heartbeat.stop();
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
        KioskProperties properties = ready.getBean(KioskProperties.class);
        IdleSession idle = ready.getBean(IdleSession.class);
        ClockViewModel clock = ready.getBean(ClockViewModel.class);
        ShellView shell = createShell(ready, properties, clock, idle);
        Scene scene = createScene(properties, shell, idle);
        attachDevices(ready, shell, scene);
        heartbeat = new UiHeartbeat(clock::tick, idle::tick);
        heartbeat.start();

        stage.setTitle(ready.getBean(Messages.class).get("shell.windowTitle"));
        stage.setScene(scene);
        StageSetup.apply(stage, properties.window());
        stage.show();
        StageSetup.enterFullScreen(stage, properties.window());
        log.info("Kiosk shown for station {} ({}), window {}", properties.station().code(), properties.station().name(),
                properties.window());
        openDemoPanel(ready, stage);
        shown.complete(scene);
    }

    /** Notices over the screens, and keyboard-wedge scans kept out of text fields. */
    private static void attachDevices(ConfigurableApplicationContext ready, ShellView shell, Scene scene) {
        shell.addOverlay(new NoticeView(ready.getBean(NoticeViewModel.class), ready.getBean(Messages.class)));
        LeaveViewModel leave = ready.getBean(LeaveViewModel.class);
        shell.addOverlay(new LeaveConfirmView(leave, ready.getBean(Messages.class)));
        shell.addTopBarAction(new ExitButton(leave, ready.getBean(Messages.class)));
        shell.onStationTapped(ready.getBean(SecretTap.class)::tap);
        WedgeKeyFilter.install(scene, ready.getBean(WedgeInput.class));
    }

    private void openDemoPanel(ConfigurableApplicationContext ready, Stage kiosk) {
        if (ready.getBean(DemoProperties.class).enabled()) {
            demoPanel = DemoPanelWindow.open(kiosk, ready.getBean(DemoPanelViewModel.class), ready.getBean(Messages.class));
            log.info("Demo mode: simulator panel opened beside the kiosk");
        }
    }

    /** The demo simulator panel's window, when demo mode opened one. */
    public Optional<Stage> demoPanel() {
        return Optional.ofNullable(demoPanel);
    }

    private static ShellView createShell(ConfigurableApplicationContext ready, KioskProperties properties,
            ClockViewModel clock, IdleSession idle) {
        StatusBarViewModel statusBar = ready.getBean(StatusBarViewModel.class);
        statusBar.start();
        return new ShellView(new ShellView.Parts(properties.station().name(), ready.getBean(Messages.class),
                ready.getBean(ScreenNavigator.class), clock, ready.getBean(AttractViewModel.class),
                ready.getBean(RegistrationViewModel.class),
                ready.getBean(SearchViewModel.class), statusBar, idle,
                List.copyOf(ready.getBeansOfType(ScreenViewFactory.class).values())));
    }

    /** The scene: the shell on the design canvas, the stylesheet, and every press reported to the idle timer. */
    private static Scene createScene(KioskProperties properties, ShellView shell, IdleSession idle) {
        Rectangle2D bounds = StageSetup.bounds(properties.window());
        Scene scene = new Scene(new DesignCanvas(shell), bounds.getWidth(), bounds.getHeight());
        scene.getStylesheets().add(KioskApp.class.getResource(STYLESHEET).toExternalForm());
        for (var type : List.of(MouseEvent.MOUSE_PRESSED, TouchEvent.TOUCH_PRESSED, KeyEvent.KEY_PRESSED)) {
            scene.addEventFilter(type, (Event event) -> idle.touch());
        }
        FirstFrameProbe.attach(scene, properties.exitAfterFirstFrame());
        return scene;
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
