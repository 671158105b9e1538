package org.lingong.kiosk.attract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.testing.MutableClock;
import org.lingong.kiosk.testing.QueuedTaskExecutor;
import org.lingong.kiosk.theme.LoadState;

class AttractViewModelTest {

    private static final List<ServiceItem> ITEMS = List.of(
            new ServiceItem("JY-01", "求职登记", "Job seeker registration"),
            new ServiceItem("JY-09", "政策咨询", null));

    private final MutableClock clock = MutableClock.atShanghai("2026-11-27T01:00:00Z");
    private final Messages messages = new Messages(KioskLanguage.ZH_CN);
    private final ScreenNavigator navigator = new ScreenNavigator();

    private AttractViewModel viewModel(ServiceItemSource items, CatalogFreshness freshness, TaskExecutor executor) {
        return new AttractViewModel(items, freshness, executor, navigator, messages, clock);
    }

    @Test
    void refreshShowsTheServiceItemsInOrder() {
        AttractViewModel vm = viewModel(() -> ITEMS, DemoCatalogFreshness.neverSynchronised(), new CurrentThreadTaskExecutor());

        vm.refresh();

        assertThat(vm.servicesStateProperty().get()).isEqualTo(LoadState.READY);
        assertThat(vm.serviceItems()).containsExactlyElementsOf(ITEMS);
    }

    @Test
    void aFailingSourceLeavesAFailedStateAndNoItems() {
        AttractViewModel vm = viewModel(() -> {
            throw new IOException("disk gone");
        }, DemoCatalogFreshness.neverSynchronised(), new CurrentThreadTaskExecutor());

        vm.refresh();

        assertThat(vm.servicesStateProperty().get()).isEqualTo(LoadState.FAILED);
        assertThat(vm.serviceItems()).isEmpty();
    }

    @Test
    void catalogNeverSynchronisedSaysSoInTheSessionLanguage() {
        AttractViewModel vm = viewModel(() -> ITEMS, DemoCatalogFreshness.neverSynchronised(), new CurrentThreadTaskExecutor());
        vm.refresh();

        assertThat(vm.catalogFreshnessText().get()).isEqualTo("岗位信息：尚未同步");
        messages.select(KioskLanguage.EN);
        assertThat(vm.catalogFreshnessText().get()).isEqualTo("Job list: not synchronised yet");
    }

    @Test
    void catalogRefreshTimeIsShownInTheStationsTimeZone() {
        CatalogFreshness freshness = new DemoCatalogFreshness(Instant.parse("2026-11-26T23:05:00Z"));
        AttractViewModel vm = viewModel(() -> ITEMS, freshness, new CurrentThreadTaskExecutor());

        vm.refresh();

        assertThat(vm.catalogFreshnessText().get()).isEqualTo("岗位信息更新于 11月27日 07:05");
    }

    @Test
    void catalogTimeThatCannotBeReadIsReportedNotHidden() {
        AttractViewModel vm = viewModel(() -> ITEMS, () -> {
            throw new IllegalStateException("cache locked");
        }, new CurrentThreadTaskExecutor());

        vm.refresh();

        assertThat(vm.catalogFreshnessText().get()).isEqualTo("岗位信息：更新时间暂时无法读取");
    }

    @Test
    void whileLoadingTheStateSaysLoading() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        AttractViewModel vm = viewModel(() -> ITEMS, DemoCatalogFreshness.neverSynchronised(), executor);

        vm.refresh();

        assertThat(vm.servicesStateProperty().get()).isEqualTo(LoadState.LOADING);
        assertThat(vm.catalogFreshnessText().get()).isEqualTo("岗位信息：正在读取……");
        executor.runAll();
        assertThat(vm.servicesStateProperty().get()).isEqualTo(LoadState.READY);
    }

    @Test
    void resultsOfARequestOvertakenByANewerOneAreDropped() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        List<List<ServiceItem>> answers = new java.util.ArrayList<>(List.of(List.of(ITEMS.get(0)), ITEMS));
        AttractViewModel vm = viewModel(() -> answers.remove(0), DemoCatalogFreshness.neverSynchronised(), executor);
        vm.refresh();
        vm.clearSession();

        executor.runAll();

        assertThat(vm.serviceItems()).containsExactlyElementsOf(ITEMS);
    }

    @Test
    void eachTileOpensItsScreen() {
        AttractViewModel vm = viewModel(() -> ITEMS, DemoCatalogFreshness.neverSynchronised(), new CurrentThreadTaskExecutor());

        vm.open(AttractTile.JOB_FAIR);
        assertThat(navigator.current()).isEqualTo(Screen.JOB_FAIR);
        vm.open(AttractTile.FIND_JOB);
        assertThat(navigator.current()).isEqualTo(Screen.FIND_JOB);
        assertThat(vm.tiles()).extracting(AttractTile::target)
                .containsExactly(Screen.FIND_JOB, Screen.REGISTER, Screen.SCAN, Screen.TRAINING, Screen.JOB_FAIR,
                        Screen.APPOINTMENT,
                        Screen.POLICY);
    }

    @Test
    void serviceItemFallsBackToChineseWhenTheListHasNoEnglishName() {
        assertThat(ITEMS.get(1).name(KioskLanguage.EN)).isEqualTo("政策咨询");
        assertThat(ITEMS.get(0).name(KioskLanguage.EN)).isEqualTo("Job seeker registration");
        assertThat(ITEMS.get(0).name(KioskLanguage.ZH_CN)).isEqualTo("求职登记");
    }

    @Test
    void clearingTheSessionReloadsFreshData() {
        int[] calls = {0};
        AttractViewModel vm = viewModel(() -> {
            calls[0]++;
            return ITEMS;
        }, DemoCatalogFreshness.neverSynchronised(), new CurrentThreadTaskExecutor());
        vm.refresh();

        vm.clearSession();

        assertThat(calls[0]).isEqualTo(2);
        assertThat(vm.serviceItems()).hasSize(2);
    }
}
