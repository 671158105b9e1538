package org.lingong.platform.client.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobStatus;

/**
 * An immutable in-memory snapshot of the catalog, kept in newest-first order, searched by one scan
 * with precomputed text, initials and daily pay (about a millisecond for 50,000 jobs). Safe to share
 * between threads; a sync builds a new snapshot and swaps it in.
 */
final class JobIndex {

    private static final Comparator<IndexedJob> NEWEST = JobIndex::newestFirst;
    private static final Comparator<IndexedJob> PAY = (a, b) -> {
        int byPay = b.dailyPay().compareTo(a.dailyPay());
        return byPay != 0 ? byPay : newestFirst(a, b);
    };
    private static final Comparator<IndexedJob> WORK_DATE = (a, b) -> {
        int byDate = compareNullsLast(a.job().startDate(), b.job().startDate());
        return byDate != 0 ? byDate : PAY.compare(a, b);
    };

    private final IndexedJob[] newestFirst;
    private final Map<Long, IndexedJob> byId;

    private JobIndex(IndexedJob[] newestFirst, Map<Long, IndexedJob> byId) {
        this.newestFirst = newestFirst;
        this.byId = byId;
    }

    static JobIndex of(Collection<IndexedJob> jobs) {
        IndexedJob[] sorted = jobs.toArray(IndexedJob[]::new);
        Arrays.sort(sorted, NEWEST);
        Map<Long, IndexedJob> byId = new HashMap<>(jobs.size() * 2);
        for (IndexedJob job : sorted) {
            byId.put(job.job().id(), job);
        }
        return new JobIndex(sorted, byId);
    }

    static JobIndex empty() {
        return new JobIndex(new IndexedJob[0], Map.of());
    }

    int size() {
        return newestFirst.length;
    }

    Optional<Job> find(long id) {
        return Optional.ofNullable(byId.get(id)).map(IndexedJob::job);
    }

    /** A mutable copy of the jobs by id, for building the next snapshot. */
    Map<Long, IndexedJob> copyById() {
        return new HashMap<>(byId);
    }

    JobSearchResult search(JobQuery query) {
        String[] terms = terms(query.text());
        List<IndexedJob> matches = new ArrayList<>();
        for (IndexedJob job : newestFirst) {
            if (matches(job, query, terms)) {
                matches.add(job);
            }
        }
        if (query.sort() == JobSort.PAY) {
            matches.sort(PAY);
        } else if (query.sort() == JobSort.WORK_DATE) {
            matches.sort(WORK_DATE);
        }
        int from = Math.min(query.offset(), matches.size());
        int to = Math.min(from + query.limit(), matches.size());
        return new JobSearchResult(matches.size(), matches.subList(from, to).stream().map(IndexedJob::job).toList());
    }

    /** Distinct categories, most jobs first (for the category tiles). */
    List<String> categories() {
        Map<String, Integer> counts = new HashMap<>();
        for (IndexedJob job : newestFirst) {
            counts.merge(job.job().category(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private static boolean matches(IndexedJob indexed, JobQuery query, String[] terms) {
        Job job = indexed.job();
        if (!query.includeClosed() && job.status() != JobStatus.OPEN) {
            return false;
        }
        if (query.category() != null && !query.category().equals(job.category())) {
            return false;
        }
        if (query.districtCode() != null && (job.districtCode() == null || !job.districtCode().startsWith(query.districtCode()))) {
            return false;
        }
        if (query.minDailyPay() != null && indexed.dailyPay().compareTo(query.minDailyPay()) < 0) {
            return false;
        }
        if (query.workDate() != null && !runsOn(job, query)) {
            return false;
        }
        for (String term : terms) {
            if (!matchesTerm(indexed, term)) {
                return false;
            }
        }
        return true;
    }

    private static boolean runsOn(Job job, JobQuery query) {
        return job.startDate() != null && job.endDate() != null
                && !query.workDate().isBefore(job.startDate()) && !query.workDate().isAfter(job.endDate());
    }

    private static boolean matchesTerm(IndexedJob job, String term) {
        if (job.text().contains(term)) {
            return true;
        }
        if (isAsciiLetters(term)) {
            for (String initials : job.initials()) {
                if (initials.contains(term)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int newestFirst(IndexedJob a, IndexedJob b) {
        int byTime = compareNullsLast(b.job().updatedAt(), a.job().updatedAt());
        return byTime != 0 ? byTime : Long.compare(b.job().id(), a.job().id());
    }

    private static <T extends Comparable<T>> int compareNullsLast(T a, T b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }

    private static String[] terms(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        return text.strip().toLowerCase(Locale.ROOT).split("\\s+");
    }

    private static boolean isAsciiLetters(String term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
