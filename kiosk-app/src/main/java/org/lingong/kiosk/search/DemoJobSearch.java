package org.lingong.kiosk.search;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobStatus;

/**
 * Demo stand-in for the catalog until the platform wiring provides one: a small in-memory list of fictional
 * jobs ({@link DemoJobs}), filtered and sorted like the catalog (pay compared per day, pinyin initials for
 * letters). Always reports itself as offline data, as of when the list was made. Thread-safe (immutable).
 */
public final class DemoJobSearch implements JobSearch {

    private final List<JobMatch> jobs;
    private final Instant madeAt;

    public DemoJobSearch(List<Job> jobs, Instant madeAt) {
        this.jobs = jobs.stream().map(JobMatch::new).toList();
        this.madeAt = madeAt;
    }

    /** The bundled demo list, dated around today. */
    public static DemoJobSearch create(Clock clock) {
        return new DemoJobSearch(DemoJobs.load(clock), clock.instant());
    }

    @Override
    public SearchPage search(SearchCriteria criteria) {
        List<Job> matching = jobs.stream()
                .filter(match -> match.job().status() == JobStatus.OPEN && match.matches(criteria))
                .map(JobMatch::job)
                .sorted(order(criteria.sort()))
                .toList();
        int from = Math.min(criteria.offset(), matching.size());
        int to = Math.min(from + criteria.limit(), matching.size());
        return new SearchPage(matching.size(), matching.subList(from, to));
    }

    @Override
    public Optional<Job> job(long id) {
        return jobs.stream().map(JobMatch::job).filter(job -> job.id() == id).findFirst();
    }

    @Override
    public List<String> categories() {
        Map<String, Long> counts = jobs.stream().map(match -> match.job().category())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    @Override
    public List<District> districts(District city) {
        Map<String, String> names = new LinkedHashMap<>();
        jobs.stream().map(JobMatch::job).filter(job -> job.districtCode().startsWith(city.code()))
                .forEach(job -> names.putIfAbsent(job.districtCode(), job.districtName()));
        return names.entrySet().stream().map(entry -> new District(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(District::code)).toList();
    }

    @Override
    public CatalogStatus status() {
        return new CatalogStatus(Optional.of(madeAt), true);
    }

    private static Comparator<Job> order(SearchSort sort) {
        Comparator<Job> newest = Comparator.comparing(Job::updatedAt).reversed();
        return switch (sort) {
            case NEWEST -> newest;
            case PAY -> Comparator.comparing(JobMatch::dailyPay).reversed().thenComparing(newest);
            case START -> Comparator.comparing(Job::startDate).thenComparing(newest);
        };
    }
}
