package org.lingong.platform.client.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
 * An immutable in-memory snapshot of the catalog, kept in each sort order (newest, pay, work date) so
 * that a search is one scan over precomputed text, initials and daily pay, with no sorting and no
 * copying beyond the requested page (about a millisecond for 50,000 jobs). Safe to share between
 * threads; a sync builds a new snapshot and swaps it in.
 */
final class JobIndex {

    private static final Comparator<IndexedJob> NEWEST = JobIndex::newestFirst;
    private static final Comparator<IndexedJob> PAY = (a, b) -> {
        int byPay = Long.compare(b.dailyPayCents(), a.dailyPayCents());
        return byPay != 0 ? byPay : newestFirst(a, b);
    };
    private static final Comparator<IndexedJob> WORK_DATE = (a, b) -> {
        int byDate = compareNullsLast(a.job().startDate(), b.job().startDate());
        return byDate != 0 ? byDate : PAY.compare(a, b);
    };

    /** Jobs newest first; a job's position here is its ordinal in every other structure. */
    private final IndexedJob[] jobs;
    private final int[] highestPayFirst;
    private final int[] earliestStartFirst;
    private final Map<Long, IndexedJob> byId;
    private final Map<String, BitSet> byCategory = new HashMap<>();
    private final Map<String, BitSet> byDistrictPrefix = new HashMap<>();
    private final GramIndex text;
    private final GramIndex initials;

    private JobIndex(IndexedJob[] unordered, Map<Long, IndexedJob> byId) {
        this.jobs = sorted(unordered, NEWEST);
        this.highestPayFirst = ordinals(jobs, PAY);
        this.earliestStartFirst = ordinals(jobs, WORK_DATE);
        this.byId = byId;
        for (int ordinal = 0; ordinal < jobs.length; ordinal++) {
            Job job = jobs[ordinal].job();
            byCategory.computeIfAbsent(job.category(), c -> new BitSet(jobs.length)).set(ordinal);
            String district = job.districtCode() == null ? "" : job.districtCode();
            for (int length = 2; length <= district.length(); length += 2) {
                byDistrictPrefix.computeIfAbsent(district.substring(0, length), d -> new BitSet(jobs.length)).set(ordinal);
            }
        }
        this.text = GramIndex.build(Arrays.stream(jobs).map(IndexedJob::text).toList());
        this.initials = GramIndex.build(Arrays.stream(jobs).map(IndexedJob::joinedInitials).toList());
    }

    static JobIndex of(Collection<IndexedJob> jobs) {
        IndexedJob[] all = jobs.toArray(IndexedJob[]::new);
        Map<Long, IndexedJob> byId = new HashMap<>(all.length * 2);
        for (IndexedJob job : all) {
            byId.put(job.job().id(), job);
        }
        return new JobIndex(all, byId);
    }

    private static int[] ordinals(IndexedJob[] newestFirst, Comparator<IndexedJob> order) {
        Integer[] boxed = new Integer[newestFirst.length];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = i;
        }
        Arrays.sort(boxed, (a, b) -> order.compare(newestFirst[a], newestFirst[b]));
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    private static IndexedJob[] sorted(IndexedJob[] jobs, Comparator<IndexedJob> order) {
        IndexedJob[] copy = jobs.clone();
        Arrays.sort(copy, order);
        return copy;
    }

    static JobIndex empty() {
        return new JobIndex(new IndexedJob[0], Map.of());
    }

    int size() {
        return jobs.length;
    }

    Optional<Job> find(long id) {
        return Optional.ofNullable(byId.get(id)).map(IndexedJob::job);
    }

    /** A mutable copy of the jobs by id, for building the next snapshot. */
    Map<Long, IndexedJob> copyById() {
        return new HashMap<>(byId);
    }

    /**
     * Narrows the candidates with the category, district and text postings, then walks them in the
     * order the query asks for: counts every match, keeps only the requested page. In pay order the
     * walk ends at the first job below the minimum pay (all later ones are lower).
     */
    JobSearchResult search(JobQuery query) {
        String[] terms = terms(query.text());
        boolean[] pinyinTerm = new boolean[terms.length];
        for (int i = 0; i < terms.length; i++) {
            pinyinTerm[i] = isAsciiLetters(terms[i]);
        }
        BitSet candidates = candidates(query, terms, pinyinTerm);
        long minPayCents = query.minDailyPay() == null ? Long.MIN_VALUE : query.minDailyPay().movePointRight(2).longValue();
        List<Job> page = new ArrayList<>(Math.min(query.limit(), 64));
        int total = 0;
        int[] order = query.sort() == JobSort.PAY ? highestPayFirst : query.sort() == JobSort.WORK_DATE ? earliestStartFirst : null;
        for (int i = first(order, candidates); i >= 0 && i < jobs.length; i = next(order, candidates, i)) {
            IndexedJob job = jobs[order == null ? i : order[i]];
            if (order == highestPayFirst && job.dailyPayCents() < minPayCents) {
                break;
            }
            if (matches(job, query, minPayCents, terms, pinyinTerm)) {
                if (total >= query.offset() && page.size() < query.limit()) {
                    page.add(job.job());
                }
                total++;
            }
        }
        return new JobSearchResult(total, List.copyOf(page));
    }

    /** Newest order walks the candidate bits directly; other orders walk their ordinal array, skipping non-candidates. */
    private int first(int[] order, BitSet candidates) {
        if (order == null) {
            return candidates == null ? 0 : candidates.nextSetBit(0);
        }
        return skip(order, candidates, 0);
    }

    private int next(int[] order, BitSet candidates, int current) {
        if (order == null) {
            return candidates == null ? current + 1 : candidates.nextSetBit(current + 1);
        }
        return skip(order, candidates, current + 1);
    }

    private static int skip(int[] order, BitSet candidates, int from) {
        int i = from;
        while (candidates != null && i < order.length && !candidates.get(order[i])) {
            i++;
        }
        return i;
    }

    /** The ordinals that can match, or null if no criterion narrows them (every job is a candidate). */
    private BitSet candidates(JobQuery query, String[] terms, boolean[] pinyinTerm) {
        BitSet candidates = null;
        if (query.category() != null) {
            candidates = and(candidates, byCategory.get(query.category()));
        }
        if (query.districtCode() != null && byDistrictPrefix.containsKey(query.districtCode())) {
            candidates = and(candidates, byDistrictPrefix.get(query.districtCode()));
        } else if (query.districtCode() != null && query.districtCode().length() % 2 == 0) {
            candidates = new BitSet();
        }
        for (int i = 0; i < terms.length; i++) {
            BitSet termCandidates = text.candidates(terms[i]);
            if (pinyinTerm[i]) {
                termCandidates.or(initials.candidates(terms[i]));
            }
            candidates = and(candidates, termCandidates);
        }
        return candidates;
    }

    private static BitSet and(BitSet current, BitSet next) {
        if (next == null) {
            return new BitSet();
        }
        if (current == null) {
            return (BitSet) next.clone();
        }
        current.and(next);
        return current;
    }

    /** Distinct categories, most jobs first (for the category tiles). */
    List<String> categories() {
        Map<String, Integer> counts = new HashMap<>();
        for (IndexedJob job : jobs) {
            counts.merge(job.job().category(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    private static boolean matches(IndexedJob indexed, JobQuery query, long minPayCents, String[] terms, boolean[] pinyinTerm) {
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
        if (indexed.dailyPayCents() < minPayCents) {
            return false;
        }
        if (query.workDate() != null && !runsOn(job, query)) {
            return false;
        }
        for (int i = 0; i < terms.length; i++) {
            if (!matchesTerm(indexed, terms[i], pinyinTerm[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean runsOn(Job job, JobQuery query) {
        return job.startDate() != null && job.endDate() != null
                && !query.workDate().isBefore(job.startDate()) && !query.workDate().isAfter(job.endDate());
    }

    private static boolean matchesTerm(IndexedJob job, String term, boolean pinyin) {
        return (pinyin && job.joinedInitials().contains(term)) || job.text().contains(term);
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
