package org.lingong.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.theme.LoadState;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.testing.MutableClock;
import org.lingong.kiosk.testing.QueuedTaskExecutor;
import org.lingong.platform.api.jobs.Job;

/** The search screen's behaviour, synchronously, over the bundled demo jobs (Friday 27 Nov 2026, 09:00 Shanghai). */
class SearchViewModelTest {

    private final MutableClock clock = MutableClock.atShanghai("2026-11-27T01:00:00Z");
    private final LocalDate today = LocalDate.of(2026, 11, 27);
    private final Messages messages = new Messages(KioskLanguage.ZH_CN);
    private final ScreenNavigator navigator = new ScreenNavigator();
    private final DemoJobSearch demo = DemoJobSearch.create(clock);

    private SearchViewModel viewModel(JobSearch search, TaskExecutor executor) {
        return new SearchViewModel(search, new DemoReferralStarter(), executor, navigator, messages, clock,
                District.wholeCityOf("150102"));
    }

    private SearchViewModel openedViewModel() {
        SearchViewModel vm = viewModel(demo, new CurrentThreadTaskExecutor());
        navigator.show(Screen.FIND_JOB);
        return vm;
    }

    @Test
    void openingTheScreenShowsTilesTheOfflineLineAndTheFirstPage() {
        SearchViewModel vm = openedViewModel();

        assertThat(vm.categories()).first().isEqualTo("保洁");
        assertThat(vm.categories()).hasSize(8).contains("建筑小工", "剪羊毛");
        assertThat(vm.districts()).extracting(District::name).containsExactly("新城区", "回民区", "赛罕区", "土默特左旗");
        assertThat(vm.texts().statusText().get()).isEqualTo("离线数据，更新于 09:00");
        assertThat(vm.stateProperty().get()).isEqualTo(LoadState.READY);
        assertThat(vm.totalProperty().get()).isEqualTo(11);
        assertThat(vm.results()).hasSize(SearchViewModel.PAGE_SIZE);
        assertThat(vm.texts().summary().get()).isEqualTo("找到 11 个工作");
        assertThat(vm.texts().pageText().get()).isEqualTo("第 1 页，共 4 页");
        assertThat(vm.texts().lettersText().get()).isEqualTo("点字母找工作，例如 BJ = 保洁");
        assertThat(vm.texts().districtText().get()).isEqualTo("本盟市全部");
    }

    @Test
    void everyKeyTapSearchesAgainAndBjFindsTheCleaningJobs() {
        SearchViewModel vm = openedViewModel();

        vm.pressLetter('B');
        int afterB = vm.totalProperty().get();
        vm.pressLetter('J');

        assertThat(vm.criteria().initials()).isEqualTo("bj");
        assertThat(vm.texts().lettersText().get()).isEqualTo("拼音首字母：BJ");
        assertThat(vm.totalProperty().get()).isEqualTo(3).isLessThan(afterB);
        assertThat(vm.results()).extracting(Job::category).containsOnly("保洁");

        vm.deleteLetter();
        assertThat(vm.criteria().initials()).isEqualTo("b");
        assertThat(vm.totalProperty().get()).isEqualTo(afterB);

        vm.pressLetter('Q');
        vm.pressLetter('Q');
        assertThat(vm.texts().summary().get()).isEqualTo("没有找到合适的工作。可以少选几个条件再试。");

        vm.clearLetters();
        assertThat(vm.criteria().initials()).isEmpty();
        assertThat(vm.totalProperty().get()).isEqualTo(11);
    }

    @Test
    void keyboardTakesOnlyLettersAndAtMostEight() {
        SearchViewModel vm = openedViewModel();

        vm.pressLetter('1');
        for (int i = 0; i < 12; i++) {
            vm.pressLetter('a');
        }

        assertThat(vm.letters().letters()).isEqualTo("aaaaaaaa");
    }

    @Test
    void categoryTileFiltersAndTappingItAgainMeansAny() {
        SearchViewModel vm = openedViewModel();

        vm.chooseCategory("建筑小工");
        assertThat(vm.results()).extracting(Job::category).containsOnly("建筑小工");
        assertThat(vm.totalProperty().get()).isEqualTo(1);

        vm.chooseCategory("建筑小工");
        assertThat(vm.categoryProperty().get()).isNull();
        assertThat(vm.totalProperty().get()).isEqualTo(11);
    }

    @Test
    void moreKindsListsEveryCategoryAndChoosingOneClosesIt() {
        SearchViewModel vm = openedViewModel();

        vm.openCategories();
        assertThat(vm.openListProperty().get()).isEqualTo(OpenList.CATEGORIES);
        vm.chooseCategory("剪羊毛");

        assertThat(vm.openListProperty().get()).isEqualTo(OpenList.NONE);
        assertThat(vm.results()).extracting(Job::title).containsExactly("剪羊毛帮工");
        vm.openCategories();
        vm.closeList();
        assertThat(vm.openListProperty().get()).isEqualTo(OpenList.NONE);
        assertThat(vm.categoryProperty().get()).isEqualTo("剪羊毛");
    }

    @Test
    void districtListChoosesAQixianquAndCloses() {
        SearchViewModel vm = openedViewModel();
        District saihan = vm.districts().stream().filter(d -> d.name().equals("赛罕区")).findFirst().orElseThrow();

        vm.openDistricts();
        assertThat(vm.openListProperty().get()).isEqualTo(OpenList.DISTRICTS);
        vm.chooseDistrict(saihan);

        assertThat(vm.openListProperty().get()).isEqualTo(OpenList.NONE);
        assertThat(vm.texts().districtText().get()).isEqualTo("赛罕区");
        assertThat(vm.totalProperty().get()).isEqualTo(3);
        assertThat(vm.results()).extracting(Job::districtCode).containsOnly("150105");
    }

    @Test
    void payFilterComparesPayPerDay() {
        SearchViewModel vm = openedViewModel();

        vm.choosePay(PayFilter.AT_LEAST_200);

        // 22 元/小时 = 176 per day is out, 35 元/小时 = 280 in, 4500 元/月 = 173 out, 260/220/300 元/天 in
        assertThat(vm.totalProperty().get()).isEqualTo(4);
        assertThat(allMatches(vm)).allMatch(job -> JobMatch.dailyPay(job).compareTo(BigDecimal.valueOf(200)) >= 0);
    }

    @Test
    void dateFiltersKeepJobsWorkingOnThoseDays() {
        SearchViewModel vm = openedViewModel();

        vm.chooseDate(DateFilter.TOMORROW);
        assertThat(allMatches(vm)).hasSize(7).allMatch(job -> !job.startDate().isAfter(today.plusDays(1))
                && !job.endDate().isBefore(today.plusDays(1)));
        int tomorrow = vm.totalProperty().get();

        vm.chooseDate(DateFilter.THIS_WEEK);
        assertThat(vm.criteria().dates()).isEqualTo(new DateRange(today, LocalDate.of(2026, 11, 29)));
        // 绿化养护 starts on Monday and 写字楼保洁 on Tuesday: not this week
        assertThat(vm.totalProperty().get()).isEqualTo(8).isGreaterThanOrEqualTo(tomorrow);
    }

    @Test
    void sortByPayPutsTheBestDailyPayFirst() {
        SearchViewModel vm = openedViewModel();

        vm.chooseSort(SearchSort.PAY);

        assertThat(vm.results().get(0).title()).isEqualTo("物流仓库装卸");
        assertThat(JobMatch.dailyPay(vm.results().get(0))).isGreaterThanOrEqualTo(JobMatch.dailyPay(vm.results().get(1)));
    }

    @Test
    void pagesMoveForwardAndBackAndStopAtTheEnds() {
        SearchViewModel vm = openedViewModel();
        long firstOnPageOne = vm.results().get(0).id();

        vm.previousPage();
        assertThat(vm.pageProperty().get()).isZero();
        vm.nextPage();
        vm.nextPage();
        vm.nextPage();
        vm.nextPage();

        assertThat(vm.pageProperty().get()).isEqualTo(3);
        assertThat(vm.results()).hasSize(2);
        assertThat(vm.texts().pageText().get()).isEqualTo("第 4 页，共 4 页");
        vm.pressLetter('b');
        assertThat(vm.pageProperty().get()).as("a new search starts at page 1").isZero();
        vm.clearLetters();
        assertThat(vm.results().get(0).id()).isEqualTo(firstOnPageOne);
    }

    @Test
    void anAnswerToAnOlderSearchIsDroppedWhenItArrivesLate() {
        NewestFirstExecutor executor = new NewestFirstExecutor();
        SearchViewModel vm = viewModel(demo, executor);
        navigator.show(Screen.FIND_JOB);
        executor.runNewestFirst();

        vm.pressLetter('b');
        vm.pressLetter('j');
        executor.runNewestFirst();

        assertThat(vm.droppedAnswers()).isEqualTo(1);
        assertThat(vm.criteria().initials()).isEqualTo("bj");
        assertThat(vm.totalProperty().get()).isEqualTo(3);
        assertThat(vm.results()).extracting(Job::category).containsOnly("保洁");
    }

    @Test
    void detailShowsTheJobAndApplyingSaysReferralsAreComingSoon() {
        SearchViewModel vm = openedViewModel();
        Job first = vm.results().get(0);

        vm.open(first.id());
        assertThat(vm.selectedProperty().get()).contains(first);
        vm.apply();

        assertThat(vm.noticeText().get()).startsWith("推荐单功能即将开放");
        assertThat(vm.applyingProperty().get()).isFalse();
        messages.select(KioskLanguage.EN);
        assertThat(vm.noticeText().get()).startsWith("Referral slips are coming soon");

        vm.closeDetail();
        assertThat(vm.selectedProperty().get()).isEmpty();
        assertThat(vm.noticeText().get()).isEmpty();
    }

    @Test
    void aJobThatIsGoneSaysSo() {
        SearchViewModel vm = openedViewModel();

        vm.open(123_456L);

        assertThat(vm.selectedProperty().get()).isEmpty();
        assertThat(vm.noticeText().get()).isEqualTo("这个工作已经没有了，请看看别的工作。");
    }

    @Test
    void aFailingSearchSaysWhatToDoInsteadOfShowingOldResults() {
        FailingSearch failing = new FailingSearch(demo);
        SearchViewModel vm = viewModel(failing, new CurrentThreadTaskExecutor());
        navigator.show(Screen.FIND_JOB);
        assertThat(vm.results()).isNotEmpty();

        failing.failing = true;
        vm.pressLetter('b');

        assertThat(vm.stateProperty().get()).isEqualTo(LoadState.FAILED);
        assertThat(vm.results()).isEmpty();
        assertThat(vm.texts().summary().get()).isEqualTo("暂时查不到工作，请稍后再试，或找驿站工作人员。");
    }

    @Test
    void theWipeClearsFiltersLettersAndTheChosenJobAndDropsAnswersStillOnTheirWay() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        SearchViewModel vm = viewModel(demo, executor);
        navigator.show(Screen.FIND_JOB);
        executor.runAll();
        vm.chooseCategory("保洁");
        vm.choosePay(PayFilter.AT_LEAST_150);
        vm.chooseDate(DateFilter.TODAY);
        vm.chooseSort(SearchSort.START);
        vm.pressLetter('b');
        executor.runAll();
        vm.open(vm.results().get(0).id());
        executor.runAll();
        vm.apply();
        executor.runAll();
        assertThat(vm.selectedProperty().get()).isPresent();
        vm.pressLetter('j');

        vm.clearSession();
        navigator.clearSession();
        executor.runAll();

        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
        assertThat(vm.letters().letters()).isEmpty();
        assertThat(vm.categoryProperty().get()).isNull();
        assertThat(vm.payProperty().get()).isEqualTo(PayFilter.ANY);
        assertThat(vm.dateProperty().get()).isEqualTo(DateFilter.ANY);
        assertThat(vm.sortProperty().get()).isEqualTo(SearchSort.NEWEST);
        assertThat(vm.districtProperty().get()).isEqualTo(District.wholeCity("1501"));
        assertThat(vm.selectedProperty().get()).isEmpty();
        assertThat(vm.noticeKeyProperty().get()).isEmpty();
        assertThat(vm.results()).as("the answer to 'bj' arrived after the wipe").isEmpty();
        assertThat(vm.pageProperty().get()).isZero();
    }

    @Test
    void goingHomeForgetsTheSearchToo() {
        SearchViewModel vm = openedViewModel();
        vm.pressLetter('b');
        vm.chooseCategory("保洁");

        vm.goHome();

        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
        assertThat(vm.letters().letters()).isEmpty();
        assertThat(vm.categoryProperty().get()).isNull();
    }

    /** Every match, page by page; back on the first page afterwards. */
    private static List<Job> allMatches(SearchViewModel vm) {
        List<Job> all = new java.util.ArrayList<>(vm.results());
        while (vm.pageProperty().get() + 1 < vm.pageCount()) {
            vm.nextPage();
            all.addAll(vm.results());
        }
        assertThat(all).hasSize(vm.totalProperty().get());
        while (vm.pageProperty().get() > 0) {
            vm.previousPage();
        }
        return all;
    }

    /** Runs the newest submitted work first: a later search answers before an earlier one. */
    private static final class NewestFirstExecutor implements TaskExecutor {
        private final java.util.Deque<Runnable> pending = new java.util.ArrayDeque<>();

        @Override
        public <T> void submit(java.util.concurrent.Callable<T> work, java.util.function.Consumer<? super T> onSuccess,
                java.util.function.Consumer<? super Throwable> onFailure) {
            pending.push(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        @Override
        public void runOnUiThread(Runnable action) {
            action.run();
        }

        void runNewestFirst() {
            while (!pending.isEmpty()) {
                pending.pop().run();
            }
        }
    }

    /** The demo search, failing on demand. */
    private static final class FailingSearch implements JobSearch {
        private final JobSearch delegate;
        boolean failing;

        FailingSearch(JobSearch delegate) {
            this.delegate = delegate;
        }

        @Override
        public SearchPage search(SearchCriteria criteria) {
            if (failing) {
                throw new IllegalStateException("catalog file unreadable");
            }
            return delegate.search(criteria);
        }

        @Override
        public Optional<Job> job(long id) {
            return delegate.job(id);
        }

        @Override
        public List<String> categories() {
            return delegate.categories();
        }

        @Override
        public List<District> districts(District city) {
            return delegate.districts(city);
        }

        @Override
        public CatalogStatus status() {
            return delegate.status();
        }
    }
}
