package org.lingong.platform.server.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Deterministic generator of fictional seed data for Inner Mongolia: the same seed and reference
 * date always give equal output, on any JVM (only {@link java.util.SplittableRandom} is used).
 *
 * <p>All dates are relative to the {@code today} passed in; nothing reads the clock. An instance is
 * immutable and may be shared, each call starts its own random streams from the seed. Each dataset
 * part (stations, jobs, courses…) has its own stream, so changing the job count does not change the
 * stations.
 */
public final class SeedGenerator {

    /** Seed used by {@link #demo(LocalDate)}. */
    public static final long DEMO_SEED = 20260115L;
    /** Code of the fixed demo station in 呼和浩特市新城区. */
    public static final String DEMO_STATION_CODE = StationFactory.DEMO_STATION_CODE;
    static final int DEMO_JOBS = 2000;
    static final int DEMO_COURSES = 40;
    static final int DEMO_FAIRS = 24;
    static final int DEMO_LIVE_SESSIONS = 18;

    private final long seed;
    private final Divisions divisions;
    private final JobCategories categories;

    public SeedGenerator(long seed) {
        this(seed, Divisions.innerMongolia(), JobCategories.standard());
    }

    SeedGenerator(long seed, Divisions divisions, JobCategories categories) {
        this.seed = seed;
        this.divisions = Objects.requireNonNull(divisions, "divisions");
        this.categories = Objects.requireNonNull(categories, "categories");
    }

    /** The demo dataset ({@value #DEMO_JOBS} jobs, weighted toward 呼和浩特) for {@link #DEMO_SEED}. */
    public static SeedDataset demo(LocalDate today) {
        return new SeedGenerator(DEMO_SEED).dataset(today);
    }

    /** A full dataset for this seed: stations, {@value #DEMO_JOBS} jobs, courses, fairs, live sessions, etc. */
    public SeedDataset dataset(LocalDate today) {
        return dataset(today, DEMO_JOBS);
    }

    /** Like {@link #dataset(LocalDate)} with {@code jobCount} jobs; everything else is unchanged. */
    public SeedDataset dataset(LocalDate today, int jobCount) {
        List<SeedStation> stations = stations();
        return new SeedDataset(stations, jobs(jobCount, today),
                CourseFactory.courses(DEMO_COURSES, divisions, today, part("courses")),
                FairFactory.fairs(DEMO_FAIRS, divisions, today, part("fairs")),
                LiveSessionFactory.sessions(DEMO_LIVE_SESSIONS, stations, today, part("live")),
                ServiceItems.all(),
                AnnouncementFactory.announcements(divisions, today, part("announcements")));
    }

    /** Stations, the demo station {@value #DEMO_STATION_CODE} first. Independent of any date. */
    public List<SeedStation> stations() {
        return StationFactory.stations(divisions, part("stations"));
    }

    /** {@code count} jobs around {@code today}, as an immutable list. */
    public List<SeedJob> jobs(int count, LocalDate today) {
        return jobStream(count, today).toList();
    }

    /**
     * {@code count} jobs around {@code today}, generated lazily; equal to {@link #jobs(int, LocalDate)}.
     * Job i depends only on the seed, the date and i, so the stream may also be made parallel.
     */
    public Stream<SeedJob> jobStream(int count, LocalDate today) {
        if (count < 0) {
            throw new IllegalArgumentException("job count must not be negative: " + count);
        }
        Objects.requireNonNull(today, "today");
        JobFactory factory = new JobFactory(divisions, categories.all(), today, Randoms.partSeed(seed, "jobs"));
        return IntStream.rangeClosed(1, count).mapToObj(factory::job);
    }

    /** The fixed 基层公共就业服务事项清单. */
    public static List<SeedServiceItem> serviceItems() {
        return ServiceItems.all();
    }

    public Divisions divisions() {
        return divisions;
    }

    public JobCategories categories() {
        return categories;
    }

    private Randoms part(String name) {
        return Randoms.forPart(seed, name);
    }
}
