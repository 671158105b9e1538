package org.lingong.kiosk.search;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;

import org.lingong.kiosk.config.KioskProperties;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.shell.ScreenViewFactory;
import org.lingong.kiosk.config.PlatformProperties;
import org.lingong.kiosk.worktype.JobCategorySource;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.catalog.JobCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The job search screen and its ports. On the platform ({@code kiosk.platform.enabled}, read at run time) the
 * search runs over the backend client's offline {@link JobCatalog}; off it, over the bundled demo list. {@code kiosk.search.stale-after}
 * (default 30m): a catalog not refreshed for this long is shown as offline data. The {@link ReferralStarter} bean
 * comes from {@code org.lingong.kiosk.referral.ReferralConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
public class SearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SearchConfiguration.class);

    @Bean
    JobSearch jobSearch(PlatformProperties platform, ObjectProvider<BackendClient> backend, Clock clock,
            @Value("${kiosk.search.stale-after:30m}") Duration staleAfter, JobCategorySource workTypes,
            UnaryOperator<Job> contacts) { // platform.EmployerContacts: whom a worker calls, by the region's policy
        if (!platform.enabled()) {
            log.info("Job search: off the platform, using the demo job list");
            return new StationJobSearch(DemoJobSearch.create(clock), workTypes, contacts);
        }
        return new StationJobSearch(new CatalogJobSearch(backend.getObject().catalog(), clock, staleAfter), workTypes,
                contacts);
    }

    @Bean
    SearchViewModel searchViewModel(JobSearch jobSearch, ReferralStarter referrals, TaskExecutor executor,
            ScreenNavigator navigator, Messages messages, Clock clock, KioskProperties properties,
            WorkerSession workers, JobCategorySource workTypes) {
        SearchViewModel viewModel = new SearchViewModel(jobSearch, referrals, executor, navigator, messages, clock,
                District.wholeCityOf(properties.station().code().substring(3, 9)));
        workers.activeProperty().addListener((obs, old, now) -> {
            List<String> codes = now == null ? List.of() : now.workTypes();
            executor.submit(() -> names(workTypes, codes), viewModel::preferWorkTypes,
                    error -> log.warn("Registered work types not shown: {}", error.toString()));
        });
        return viewModel;
    }

    @Bean
    ScreenViewFactory searchScreen(SearchViewModel viewModel, Messages messages, Clock clock) {
        return ScreenViewFactory.of(Screen.FIND_JOB, () -> new SearchView(viewModel, messages, clock));
    }

    /** The names (as jobs carry them) of the work types with these codes, in the list's order. */
    private static List<String> names(JobCategorySource workTypes, List<String> codes) throws java.io.IOException {
        if (codes.isEmpty()) {
            return List.of();
        }
        return workTypes.categories().stream().filter(c -> codes.contains(c.code())).map(c -> c.chineseName())
                .toList();
    }
}
