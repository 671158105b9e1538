package org.lingong.kiosk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.testing.MutableClock;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.BackendSettings;
import org.lingong.platform.client.catalog.JobCatalog;
import org.lingong.platform.client.catalog.PinyinInitials;
import org.lingong.platform.client.catalog.RefreshResult;
import org.lingong.platform.client.http.PlatformJson;

/**
 * {@link CatalogJobSearch} over the backend client's real {@link JobCatalog} (SQLite in a temp dir), with no
 * platform reachable: the kiosk starts with the catalog cache an earlier sync left on disk. Without a platform
 * the cache is written here in the catalog's file format (job JSON + the pinyin initials of title and
 * category), which is what a sync stores.
 */
class CatalogJobSearchTest {

    private static final String NO_PLATFORM = "http://127.0.0.1:9/";

    @TempDir
    Path dataDirectory;

    private final MutableClock clock = MutableClock.atShanghai("2026-11-27T01:00:00Z");
    private final LocalDate today = LocalDate.of(2026, 11, 27);
    private final List<Job> jobs = DemoJobs.load(clock);
    private final List<BackendClient> opened = new ArrayList<>();

    @AfterEach
    void closeClients() {
        opened.forEach(BackendClient::close);
    }

    @Test
    void givesTheSameAnswersAsTheDemoSearchForEveryFilterCombination() throws Exception {
        CatalogJobSearch catalog = new CatalogJobSearch(cachedCatalog(clock.instant()), clock, Duration.ofMinutes(30));
        DemoJobSearch demo = new DemoJobSearch(jobs, clock.instant());
        int compared = 0;
        for (String category : Arrays.asList(null, "保洁", "建筑小工")) {
            for (District district : List.of(District.wholeCity("1501"), new District("150105", "赛罕区"))) {
                for (PayFilter pay : PayFilter.values()) {
                    for (DateFilter date : DateFilter.values()) {
                        for (String initials : List.of("", "b", "bj", "jz")) {
                            for (SearchSort sort : List.of(SearchSort.NEWEST, SearchSort.PAY)) {
                                SearchCriteria criteria = criteria(category, district, pay, date, initials, sort, 0, 20);
                                assertThat(ids(catalog.search(criteria))).as(criteria.toString())
                                        .isEqualTo(ids(demo.search(criteria)));
                                assertThat(catalog.search(criteria).total()).isEqualTo(demo.search(criteria).total());
                                compared++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(3 * 2 * 4 * 4 * 4 * 2);
        assertThat(catalog.search(criteria(null, District.wholeCity("1501"), PayFilter.ANY, DateFilter.ANY, "bj",
                SearchSort.NEWEST, 0, 20)).jobs()).extracting(Job::category).containsOnly("保洁").hasSize(3);
    }

    @Test
    void aWeekIsFilteredHereAndPagedOverTheFilteredMatches() throws Exception {
        CatalogJobSearch catalog = new CatalogJobSearch(cachedCatalog(clock.instant()), clock, Duration.ofMinutes(30));
        List<Long> all = ids(catalog.search(criteria(null, District.wholeCity("1501"), PayFilter.ANY, DateFilter.THIS_WEEK, "",
                SearchSort.START, 0, 20)));

        SearchPage second = catalog.search(criteria(null, District.wholeCity("1501"), PayFilter.ANY, DateFilter.THIS_WEEK, "",
                SearchSort.START, 3, 3));

        assertThat(all).hasSize(8);
        assertThat(second.total()).isEqualTo(8);
        assertThat(ids(second)).isEqualTo(all.subList(3, 6));
        assertThat(second.jobs()).allMatch(job -> !job.startDate().isAfter(LocalDate.of(2026, 11, 29)));
    }

    @Test
    void categoriesDistrictsAndSingleJobsComeFromTheCatalog() throws Exception {
        CatalogJobSearch catalog = new CatalogJobSearch(cachedCatalog(clock.instant()), clock, Duration.ofMinutes(30));

        assertThat(catalog.categories()).first().isEqualTo("保洁");
        assertThat(catalog.districts(District.wholeCity("1501"))).containsExactly(new District("150102", "新城区"),
                new District("150103", "回民区"), new District("150105", "赛罕区"), new District("150121", "土默特左旗"));
        assertThat(catalog.districts(District.wholeCity("1502"))).isEmpty();
        assertThat(catalog.job(9003)).get().extracting(Job::title).isEqualTo("建筑小工（搬砖和灰）");
        assertThat(catalog.job(1)).isEmpty();
    }

    @Test
    void dataIsOfflineWhenNeverRefreshedOrOlderThanTheStaleLimit() throws Exception {
        Instant refreshed = clock.instant();
        CatalogJobSearch catalog = new CatalogJobSearch(cachedCatalog(refreshed), clock, Duration.ofMinutes(30));

        assertThat(catalog.status()).isEqualTo(new CatalogStatus(java.util.Optional.of(refreshed), false));
        clock.advance(Duration.ofMinutes(31));
        assertThat(catalog.status()).isEqualTo(new CatalogStatus(java.util.Optional.of(refreshed), true));
    }

    @Test
    void anEmptyCatalogWithoutPlatformFindsNothingAndSaysItIsOffline() throws Exception {
        JobCatalog empty = open();
        CatalogJobSearch catalog = new CatalogJobSearch(empty, clock, Duration.ofMinutes(30));

        RefreshResult refresh = empty.refresh();

        assertThat(refresh.outcome()).isNotEqualTo(RefreshResult.Outcome.COMPLETE);
        assertThat(catalog.status()).isEqualTo(new CatalogStatus(java.util.Optional.empty(), true));
        assertThat(catalog.search(criteria(null, District.wholeCity("1501"), PayFilter.ANY, DateFilter.ANY, "",
                SearchSort.NEWEST, 0, 20))).isEqualTo(new SearchPage(0, List.of()));
        assertThat(catalog.categories()).isEmpty();
    }

    @Test
    void aFailedRefreshKeepsTheCachedJobsSearchable() throws Exception {
        JobCatalog cached = cachedCatalog(clock.instant().minus(Duration.ofHours(5)));
        CatalogJobSearch catalog = new CatalogJobSearch(cached, clock, Duration.ofMinutes(30));

        assertThat(cached.refresh().outcome()).isNotEqualTo(RefreshResult.Outcome.COMPLETE);

        assertThat(catalog.status().offline()).isTrue();
        assertThat(catalog.search(criteria(null, District.wholeCity("1501"), PayFilter.ANY, DateFilter.ANY, "",
                SearchSort.NEWEST, 0, 20)).total()).isEqualTo(11);
    }

    private SearchCriteria criteria(@Nullable String category, District district, PayFilter pay, DateFilter date,
            String initials, SearchSort sort, int offset, int limit) {
        return new SearchCriteria(category, district, pay, date.range(today).orElse(null), initials, sort, offset, limit);
    }

    private static List<Long> ids(SearchPage page) {
        return page.jobs().stream().map(Job::id).toList();
    }

    /** A catalog file as a sync leaves it: the demo jobs, and the time of the last complete refresh. */
    private JobCatalog cachedCatalog(Instant lastRefresh) throws Exception {
        open();
        opened.remove(opened.size() - 1).close();
        var json = PlatformJson.newMapper();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dataDirectory.resolve(JobCatalog.DATABASE_FILE));
             PreparedStatement insert = db.prepareStatement("INSERT INTO job (id, json, initials) VALUES (?, ?, ?)");
             PreparedStatement meta = db.prepareStatement("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)")) {
            for (Job job : jobs) {
                Set<String> initials = new LinkedHashSet<>(PinyinInitials.of(job.title()));
                initials.addAll(PinyinInitials.of(job.category()));
                insert.setLong(1, job.id());
                insert.setString(2, json.writeValueAsString(job));
                insert.setString(3, String.join("|", initials));
                insert.executeUpdate();
            }
            meta.setString(1, "last-refresh");
            meta.setString(2, lastRefresh.toString());
            meta.executeUpdate();
        }
        return open();
    }

    private JobCatalog open() throws Exception {
        BackendClient client = BackendClient.open(BackendSettings.of(NO_PLATFORM, dataDirectory, "test"), clock);
        opened.add(client);
        return client.catalog();
    }
}
