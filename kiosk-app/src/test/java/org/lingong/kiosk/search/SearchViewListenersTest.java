package org.lingong.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.testing.LiveListeners;
import org.lingong.testing.MutableClock;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The search view rebuilds tiles and cards per search; none of that may pile up on the long-lived observables. */
class SearchViewListenersTest {

    private static Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void closeStage() throws Exception {
        FxToolkit.cleanupStages();
    }

    private final MutableClock clock = MutableClock.atShanghai("2026-11-27T01:00:00Z");
    private final Messages messages = new Messages(KioskLanguage.ZH_CN);
    private final ScreenNavigator navigator = new ScreenNavigator();
    private SearchViewModel viewModel;

    @Test
    void listenersOnTheLongLivedObservablesDoNotGrowWithSearches() throws Exception {
        onFx(() -> {
            viewModel = new SearchViewModel(DemoJobSearch.create(clock), new DemoReferralStarter(),
                    new CurrentThreadTaskExecutor(), navigator, messages, clock, District.wholeCityOf("150102"));
            stage.setScene(new Scene(new SearchView(viewModel, messages, clock), 1920, 1080));
            stage.show();
            return null;
        });
        runSessions(5);
        Map<String, Integer> afterFew = liveCounts();
        runSessions(40);
        Map<String, Integer> afterMany = liveCounts();

        System.out.printf("SearchView live listeners after 5 sessions %s, after 45 sessions %s%n", afterFew, afterMany);
        assertThat(afterMany).as("live listeners after 45 sessions vs after 5").isEqualTo(afterFew);
    }

    /** Open search, switch language, filter, page, open and close a job, then the session wipe. */
    private void runSessions(int sessions) throws Exception {
        for (int n = 0; n < sessions; n++) {
            onFx(() -> {
                navigator.show(Screen.FIND_JOB);
                messages.select(KioskLanguage.EN);
                viewModel.chooseCategory(viewModel.categories().get(0));
                viewModel.choosePay(PayFilter.values()[1]);
                viewModel.chooseCategory(null);
                viewModel.choosePay(PayFilter.values()[0]);
                viewModel.nextPage();
                viewModel.open(viewModel.results().get(0).id());
                viewModel.closeDetail();
                viewModel.openDistricts();
                viewModel.closeList();
                messages.clearSession();
                viewModel.clearSession();
                navigator.show(Screen.ATTRACT);
                return null;
            });
        }
    }

    private Map<String, Integer> liveCounts() throws Exception {
        return LiveListeners.live(LiveListeners.afterCollection(() -> {
            Map<String, ObservableValue<?>> observed = new LinkedHashMap<>();
            observed.put("messages.language", messages.languageProperty());
            observed.put("category", viewModel.categoryProperty());
            observed.put("district", viewModel.districtProperty());
            observed.put("pay", viewModel.payProperty());
            observed.put("date", viewModel.dateProperty());
            observed.put("sort", viewModel.sortProperty());
            observed.put("page", viewModel.pageProperty());
            observed.put("selected", viewModel.selectedProperty());
            observed.put("openList", viewModel.openListProperty());
            observed.put("state", viewModel.stateProperty());
            return observed;
        }));
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get();
    }
}
