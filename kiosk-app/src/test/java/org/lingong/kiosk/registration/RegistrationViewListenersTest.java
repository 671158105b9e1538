package org.lingong.kiosk.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.testing.LiveListeners;
import org.lingong.kiosk.worktype.JobCategory;
import org.lingong.testing.MutableClock;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The registration view lives as long as the kiosk; the view model and {@link Messages} too. Whatever the view hangs
 * on their observables per step or per session must not pile up over thousands of sessions.
 */
class RegistrationViewListenersTest {

    private static final List<JobCategory> CATEGORIES = List.of(
            new JobCategory("G101", "建筑小工", "Construction helper"), new JobCategory("G205", "保洁", "Cleaning"));

    private static Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void closeStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    private final Messages messages = new Messages(KioskLanguage.ZH_CN);
    private final ScreenNavigator navigator = new ScreenNavigator();
    private RegistrationViewModel viewModel;

    @Test
    void listenersOnTheLongLivedObservablesDoNotGrowWithSessions() throws Exception {
        onFx(() -> {
            viewModel = new RegistrationViewModel(() -> CATEGORIES, registration -> "w-1",
                    new CurrentThreadTaskExecutor(), navigator, messages,
                    MutableClock.atShanghai("2026-11-27T01:00:00Z"), 3);
            stage.setScene(new Scene(new RegistrationView(viewModel, messages), 1920, 1080));
            stage.show();
        });
        runSessions(5);
        Map<String, LiveListeners.Count> afterFew = counts();
        runSessions(60);
        Map<String, LiveListeners.Count> afterMany = counts();

        System.out.printf("RegistrationView listeners after 5 sessions %s, after 65 sessions %s%n", afterFew, afterMany);
        // dead weak listeners linger until JavaFX trims a full listener array, so only the live ones are compared
        assertThat(LiveListeners.live(afterMany)).as("live listeners after 65 sessions vs after 5")
                .isEqualTo(LiveListeners.live(afterFew));
    }

    /** Card → every step (with a language switch and back-steps) → done → session wipe, as the kiosk would. */
    private void runSessions(int sessions) throws Exception {
        for (int n = 0; n < sessions; n++) {
            onFx(() -> {
                viewModel.startWithCard(FictionalCards.RESIDENT);
                messages.select(KioskLanguage.EN);
                viewModel.next();
                "13812345678".chars().forEach(c -> viewModel.phone().press(c - '0'));
                viewModel.next();
                viewModel.back();
                viewModel.next();
                viewModel.toggleCategory("G205");
                viewModel.next();
                viewModel.choosePay(PayExpectation.values()[0]);
                viewModel.chooseAvailability(Availability.values()[0]);
                viewModel.chooseStatus(EmploymentStatus.values()[0]);
                viewModel.next();
                viewModel.agree();
                messages.clearSession();
                viewModel.clearSession();
            });
        }
    }

    private Map<String, LiveListeners.Count> counts() throws Exception {
        return LiveListeners.afterCollection(() -> {
            Map<String, ObservableValue<?>> observed = new LinkedHashMap<>();
            observed.put("messages.language", messages.languageProperty());
            observed.put("step", viewModel.stepProperty());
            observed.put("submitting", viewModel.submittingProperty());
            observed.put("problem", viewModel.problemProperty());
            observed.put("pay", viewModel.payProperty());
            observed.put("availability", viewModel.availabilityProperty());
            observed.put("status", viewModel.statusProperty());
            observed.put("categoriesState", viewModel.categoriesStateProperty());
            return observed;
        });
    }

    private interface FxAction<T> {
        T run() throws Exception;
    }

    private static <T> T onFx(FxAction<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action::run).get();
    }

    private static void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get();
    }
}
