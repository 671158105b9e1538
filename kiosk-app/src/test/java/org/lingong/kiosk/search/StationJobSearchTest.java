package org.lingong.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.beans.binding.BooleanBinding;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.platform.EmployerContacts;
import org.lingong.kiosk.worktype.DemoJobCategorySource;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.testing.MutableClock;
import org.lingong.platform.api.content.ContactPolicy;
import org.lingong.platform.api.jobs.Job;

/**
 * The search as the station offers it, over the bundled demo jobs and the bundled work-type list: 工种 from the one
 * list, a returning worker's registered 工种 with 看全部, and whom to call by the contact policy.
 */
class StationJobSearchTest {

    private final MutableClock clock = MutableClock.atShanghai("2026-11-27T01:00:00Z");
    private final Messages messages = new Messages(KioskLanguage.ZH_CN);
    private final ScreenNavigator navigator = new ScreenNavigator();
    private ContactPolicy policy = ContactPolicy.OPEN;
    private final JobSearch search = new StationJobSearch(DemoJobSearch.create(clock), new DemoJobCategorySource(),
            new EmployerContacts(() -> policy, "测试驿站", "0471-6900001"));

    private SearchViewModel opened() {
        SearchViewModel vm = new SearchViewModel(search, new DemoReferralStarter(), new CurrentThreadTaskExecutor(),
                navigator, messages, clock, District.wholeCityOf("150102"));
        navigator.show(Screen.FIND_JOB);
        return vm;
    }

    @Test
    void theTilesAreTheWholeWorkTypeListThoseWithJobsFirst() throws Exception {
        List<String> list = new DemoJobCategorySource().categories().stream().map(c -> c.chineseName()).toList();
        SearchViewModel vm = opened();

        assertThat(vm.categories()).containsExactlyInAnyOrderElementsOf(list).contains("剪羊毛", "挤奶工", "放牧/羊倌");
        List<String> withJobs = DemoJobSearch.create(clock).categories();
        assertThat(vm.categories().subList(0, withJobs.size())).containsExactlyElementsOf(withJobs);
    }

    @Test
    void aReturningWorkersRegisteredWorkTypesNarrowTheSearchUntil看全部() {
        SearchViewModel vm = opened();
        int all = vm.totalProperty().get();
        vm.chooseCategory("保洁");
        int cleaning = vm.totalProperty().get();
        vm.chooseCategory("剪羊毛");
        int shearing = vm.totalProperty().get();
        vm.chooseCategory("剪羊毛");

        vm.preferWorkTypes(List.of("保洁", "剪羊毛"));

        assertThat(vm.results()).extracting(Job::category).isSubsetOf("保洁", "剪羊毛");
        assertThat(vm.totalProperty().get()).isEqualTo(cleaning + shearing).isLessThan(all);
        vm.chooseCategory("装卸搬运");
        assertThat(vm.results()).extracting(Job::category).containsOnly("装卸搬运");
        vm.chooseCategory("装卸搬运");
        assertThat(vm.totalProperty().get()).isEqualTo(cleaning + shearing);
        vm.showAll();
        assertThat(vm.preferred()).isEmpty();
        assertThat(vm.totalProperty().get()).isEqualTo(all);
        vm.preferWorkTypes(List.of("剪羊毛"));
        vm.clearSession();
        assertThat(vm.preferred()).isEmpty();
    }

    @Test
    void whileNarrowedTheRegisteredWorkTypesShowAsChosenAnd不限ShowsAll() {
        SearchViewModel vm = opened();
        int all = vm.totalProperty().get();
        BooleanBinding any = vm.categoryShownChosen(null);
        BooleanBinding cleaning = vm.categoryShownChosen("保洁");
        BooleanBinding loading = vm.categoryShownChosen("装卸搬运");
        BooleanBinding elsewhere = vm.categoryChosenElsewhere(List.of("装卸搬运", "保洁"));
        assertThat(any.get()).isTrue();

        vm.preferWorkTypes(List.of("保洁", "剪羊毛"));

        assertThat(any.get()).as("不限 is not what is shown").isFalse();
        assertThat(cleaning.get()).isTrue();
        assertThat(loading.get()).isFalse();
        assertThat(elsewhere.get()).as("剪羊毛 is under 更多工种").isTrue();
        vm.chooseCategory("装卸搬运");
        assertThat(loading.get()).isTrue();
        assertThat(cleaning.get()).isFalse();
        assertThat(elsewhere.get()).isFalse();
        vm.chooseCategory("装卸搬运");
        assertThat(cleaning.get()).as("back to the registered 工种").isTrue();

        vm.chooseCategory(null);

        assertThat(vm.preferred()).as("不限 drops the registered 工种 as 看全部 does").isEmpty();
        assertThat(vm.totalProperty().get()).isEqualTo(all);
        assertThat(any.get()).isTrue();
        assertThat(cleaning.get()).isFalse();
    }

    @Test
    void openContactGivesTheEmployersNumberGatedTheStationsPhone() {
        Job employer = DemoJobSearch.create(clock).job(9001).orElseThrow();

        assertThat(search.job(9001).orElseThrow()).isEqualTo(employer);
        policy = ContactPolicy.GATED;
        Job gated = search.job(9001).orElseThrow();
        assertThat(gated.contactName()).isEqualTo("测试驿站");
        assertThat(gated.contactPhone()).isEqualTo("0471-6900001");
        assertThat(List.of(gated.id(), gated.title(), gated.employer(), gated.address()))
                .isEqualTo(List.of(employer.id(), employer.title(), employer.employer(), employer.address()));
    }
}
