package org.lingong.kiosk.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.client.catalog.JobCatalog;
import org.lingong.platform.client.catalog.JobQuery;
import org.lingong.platform.client.catalog.JobSearchResult;

/**
 * {@link JobSearch} over the backend client's offline {@link JobCatalog}. A single-day date filter goes to the
 * catalog as its work date; a longer range (本周) is filtered here over the catalog's first 500 matches. The data
 * counts as offline when it was never refreshed or the last refresh is older than {@code staleAfter}.
 * Thread-safe (the catalog searches a lock-free snapshot).
 */
public final class CatalogJobSearch implements JobSearch {

    static final int MAX_SCAN = 500;

    private final JobCatalog catalog;
    private final Clock clock;
    private final Duration staleAfter;

    public CatalogJobSearch(JobCatalog catalog, Clock clock, Duration staleAfter) {
        this.catalog = catalog;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    @Override
    public SearchPage search(SearchCriteria criteria) {
        JobQuery query = baseQuery(criteria);
        Optional<DateRange> dates = criteria.dateRange();
        if ((dates.isEmpty() || dates.get().isSingleDay()) && criteria.anyOf().isEmpty()) {
            JobQuery paged = dates.map(range -> query.withWorkDate(range.first())).orElse(query)
                    .page(criteria.offset(), criteria.limit());
            JobSearchResult result = catalog.search(paged);
            return new SearchPage(result.total(), result.jobs());
        }
        JobQuery scanned = dates.filter(DateRange::isSingleDay).map(range -> query.withWorkDate(range.first()))
                .orElse(query);
        List<Job> matching = catalog.search(scanned.page(0, MAX_SCAN)).jobs().stream()
                .filter(job -> dates.map(range -> range.overlaps(job.startDate(), job.endDate())).orElse(true))
                .filter(job -> criteria.anyOf().isEmpty() || criteria.anyOf().contains(job.category())).toList();
        int from = Math.min(criteria.offset(), matching.size());
        int to = Math.min(from + criteria.limit(), matching.size());
        return new SearchPage(matching.size(), matching.subList(from, to));
    }

    @Override
    public Optional<Job> job(long id) {
        return catalog.job(id);
    }

    @Override
    public List<String> categories() {
        return catalog.categories();
    }

    @Override
    public List<District> districts(District city) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Job job : catalog.search(JobQuery.all().withDistrict(city.code()).page(0, MAX_SCAN)).jobs()) {
            if (job.districtCode() != null && job.districtCode().matches("\\d{6}") && job.districtName() != null) {
                names.putIfAbsent(job.districtCode(), job.districtName());
            }
        }
        List<District> districts = new ArrayList<>();
        names.forEach((code, name) -> districts.add(new District(code, name)));
        districts.sort(Comparator.comparing(District::code));
        return districts;
    }

    @Override
    public CatalogStatus status() {
        Optional<Instant> last = catalog.lastRefresh();
        boolean offline = last.map(time -> time.plus(staleAfter).isBefore(clock.instant())).orElse(true);
        return new CatalogStatus(last, offline);
    }

    private static JobQuery baseQuery(SearchCriteria criteria) {
        JobQuery query = JobQuery.all().withDistrict(criteria.district().code()).sortedBy(criteria.sort().catalogSort());
        if (criteria.category() != null) {
            query = query.withCategory(criteria.category());
        }
        if (criteria.pay().minimumPerDay().isPresent()) {
            query = query.withMinDailyPay(criteria.pay().minimumPerDay().get());
        }
        if (!criteria.initials().isBlank()) {
            query = query.withText(criteria.initials());
        }
        return query;
    }
}
