package org.lingong.platform.client.catalog;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobSyncPage;
import org.lingong.platform.api.jobs.JobTombstone;
import org.lingong.platform.client.http.ApiResult;
import org.lingong.platform.client.http.PlatformApi;
import org.lingong.platform.client.http.PlatformJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's job catalog, kept on disk and in memory, searchable offline in milliseconds.
 * {@link #refresh()} pulls the changes since the stored cursor (jobs and tombstones) page by page.
 * Searching is lock-free on an immutable snapshot and may run on any thread while a refresh is
 * running; refresh blocks (run it off the UI thread) and is serialised with itself.
 */
public final class JobCatalog implements AutoCloseable {

    public static final String DATABASE_FILE = "catalog.db";
    static final int PAGE_SIZE = 500;
    private static final Logger log = LoggerFactory.getLogger(JobCatalog.class);

    private final CatalogStore store;
    private final PlatformApi api;
    private final Clock clock;
    private final int pageSize;
    private volatile JobIndex index;

    private JobCatalog(CatalogStore store, PlatformApi api, Clock clock, JobIndex index, int pageSize) {
        this.store = store;
        this.pageSize = pageSize;
        this.api = api;
        this.clock = clock;
        this.index = index;
    }

    /**
     * Opens the catalog in the kiosk's data directory and loads it into memory.
     *
     * @throws org.lingong.platform.client.storage.StoreFormatException if the file is foreign or corrupted
     */
    public static JobCatalog open(Path dataDirectory, PlatformApi api, Clock clock) {
        return open(dataDirectory, api, clock, PAGE_SIZE);
    }

    static JobCatalog open(Path dataDirectory, PlatformApi api, Clock clock, int pageSize) {
        CatalogStore store = new CatalogStore(dataDirectory.resolve(DATABASE_FILE), PlatformJson.newMapper());
        try {
            return new JobCatalog(store, api, clock, JobIndex.of(store.loadAll()), pageSize);
        } catch (SQLException e) {
            throw new CatalogException("cannot read the job catalog: " + e.getMessage(), e);
        }
    }

    public JobSearchResult search(JobQuery query) {
        return index.search(query);
    }

    public Optional<Job> job(long id) {
        return index.find(id);
    }

    /** Categories present, most jobs first. */
    public List<String> categories() {
        return index.categories();
    }

    public int size() {
        return index.size();
    }

    /** When the catalog last matched the platform completely; empty if never. */
    public Optional<Instant> lastRefresh() {
        String value = read(CatalogStore.LAST_REFRESH);
        return Optional.ofNullable(value).map(Instant::parse);
    }

    /** The sync cursor ({@code "0"} before the first sync). */
    public String cursor() {
        String cursor = read(CatalogStore.CURSOR);
        return cursor == null ? "0" : cursor;
    }

    /**
     * Fetches the region's catalog again from the start (cursor {@code 0}): every job the platform holds is written
     * anew and every tombstone it still reports applied. For a remote "re-sync"; never throws for network failures.
     */
    public synchronized RefreshResult resync() {
        try {
            store.putMeta(CatalogStore.CURSOR, "0");
        } catch (SQLException e) {
            throw new CatalogException("cannot write the job catalog: " + e.getMessage(), e);
        }
        return refresh();
    }

    /** Pulls all changes since the cursor. Never throws for network or platform failures. */
    public synchronized RefreshResult refresh() {
        Map<Long, IndexedJob> working = index.copyById();
        int changed = 0;
        int removed = 0;
        try {
            while (true) {
                ApiResult<JobSyncPage> answer = api.jobChanges(cursor(), pageSize);
                if (!(answer instanceof ApiResult.Success<JobSyncPage> success)) {
                    return failed(answer, changed, removed);
                }
                JobSyncPage page = success.value();
                changed += page.jobs().size();
                removed += apply(page, working);
                if (!page.hasMore()) {
                    store.putMeta(CatalogStore.LAST_REFRESH, clock.instant().toString());
                    return new RefreshResult(RefreshResult.Outcome.COMPLETE, changed, removed, null);
                }
            }
        } catch (SQLException e) {
            throw new CatalogException("cannot write the job catalog: " + e.getMessage(), e);
        } finally {
            index = JobIndex.of(working.values());
        }
    }

    private int apply(JobSyncPage page, Map<Long, IndexedJob> working) throws SQLException {
        List<IndexedJob> indexed = new ArrayList<>(page.jobs().size());
        for (Job job : page.jobs()) {
            indexed.add(IndexedJob.of(job, IndexedJob.initialsFor(job)));
        }
        store.apply(page, indexed);
        indexed.forEach(job -> working.put(job.job().id(), job));
        int removed = 0;
        for (JobTombstone tombstone : page.tombstones()) {
            removed += working.remove(tombstone.id()) == null ? 0 : 1;
        }
        return removed;
    }

    private static RefreshResult failed(ApiResult<JobSyncPage> answer, int changed, int removed) {
        if (answer instanceof ApiResult.Rejected<JobSyncPage> rejected) {
            log.warn("Job catalog refresh refused: {}", rejected.problem().reason());
            return new RefreshResult(RefreshResult.Outcome.REJECTED, changed, removed,
                    rejected.problem().reason() + ": " + rejected.problem().detail());
        }
        ApiResult.Unavailable<JobSyncPage> unavailable = (ApiResult.Unavailable<JobSyncPage>) answer;
        log.info("Job catalog refresh: platform unavailable ({})", unavailable.cause());
        return new RefreshResult(RefreshResult.Outcome.UNAVAILABLE, changed, removed,
                unavailable.cause() + " " + unavailable.detail());
    }

    private String read(String key) {
        try {
            return store.meta(key);
        } catch (SQLException e) {
            throw new CatalogException("cannot read the job catalog: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            store.close();
        } catch (SQLException e) {
            log.debug("closing the catalog failed", e);
        }
    }
}
