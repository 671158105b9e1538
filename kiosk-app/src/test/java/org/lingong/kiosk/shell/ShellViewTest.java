package org.lingong.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lingong.kiosk.config.CurrentStation;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.status.StatusBarViewModel;
import org.lingong.testing.MutableClock;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The shell shows whatever screens the features contribute and knows none of them: a screen declared outside the
 * shell's {@link Screen} constants (as a new feature package declares its own) is built once, on first show, and told
 * each time it is shown; a screen nobody contributes is an error, not a silent fallback.
 */
class ShellViewTest {

    /** A feature's own screen, as a new package would declare it. */
    private enum NewFeatureScreen implements Screen {
        BENEFITS;

        @Override
        public String titleKey() {
            return "screen.attract";
        }
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void closeStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    private final MutableClock clock = MutableClock.atShanghai("2026-11-27T01:00:00Z");
    private final Messages messages = new Messages(KioskLanguage.ZH_CN);
    private final ScreenNavigator navigator = new ScreenNavigator();
    private final IdleSession idle = new IdleSession(clock, Duration.ofSeconds(90), Duration.ofSeconds(20), () -> { });
    private final List<String> built = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();

    @Test
    void showsTheScreensTheFeaturesContributeBuildingEachOnce() throws Exception {
        ShellView shell = onFx(() -> new ShellView(parts(List.of(screen(Screen.ATTRACT), screen(NewFeatureScreen.BENEFITS)))));

        onFx(() -> {
            navigator.show(NewFeatureScreen.BENEFITS);
            navigator.showAttract();
            navigator.show(NewFeatureScreen.BENEFITS);
            return null;
        });

        assertThat(built).containsExactly("ATTRACT", "BENEFITS");
        assertThat(shown).containsExactly("ATTRACT", "BENEFITS", "ATTRACT", "BENEFITS");
        assertThat(onFx(() -> shell.lookup("#screen-BENEFITS"))).isNotNull();
        assertThat(onFx(() -> shell.lookup("#screen-ATTRACT"))).as("only the current screen is in the shell").isNull();
    }

    @Test
    void aScreenNoFeatureContributesIsAnError() {
        navigator.show(NewFeatureScreen.BENEFITS);

        assertThatThrownBy(() -> onFx(() -> new ShellView(parts(List.of(screen(Screen.ATTRACT))))))
                .hasRootCauseInstanceOf(IllegalStateException.class).rootCause().hasMessageContaining("BENEFITS");
        assertThat(built).as("no other screen is shown in its place").isEmpty();
    }

    private ShellView.Parts parts(List<ScreenViewFactory> screens) {
        StatusBarViewModel statusBar = new StatusBarViewModel(new NoDevices(), new CurrentThreadTaskExecutor());
        StationNameViewModel stationName = new StationNameViewModel(new CurrentStation("测试驿站", "ST-150102-001"),
                new CurrentThreadTaskExecutor());
        return new ShellView.Parts(stationName, messages, navigator, new ClockViewModel(clock, messages), statusBar,
                idle, screens);
    }

    private ScreenViewFactory screen(Screen screen) {
        return ScreenViewFactory.of(screen, () -> {
            built.add(screen.name());
            StackPane view = new StackPane(new Label(screen.name()));
            view.setId("screen-" + screen.name());
            return view;
        }, () -> shown.add(screen.name()));
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }

    private static final class NoDevices implements org.lingong.kiosk.status.DeviceStatusSource {

        @Override
        public List<org.lingong.kiosk.status.DeviceStatus> snapshot() {
            return List.of();
        }

        @Override
        public AutoCloseable subscribe(java.util.function.Consumer<org.lingong.kiosk.status.DeviceStatus> listener) {
            return () -> { };
        }
    }
}
