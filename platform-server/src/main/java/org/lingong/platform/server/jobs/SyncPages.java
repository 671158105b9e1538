package org.lingong.platform.server.jobs;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.lingong.platform.server.signing.NonceClaim;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The delta sync's pages as JSON, shared by the terminals of a region that ask for the same page (same cursor and
 * size: kiosks that are up to date all ask from the same change number). A cached page is served only while its
 * region's latest change number, read from the database on every request, is still the one it was built at: every
 * write to the job feed takes a new, higher change number in the job's region (and in the region a job leaves), and
 * change numbers become visible in increasing order, so an unchanged number means an unchanged feed. A change made
 * through any instance sharing the database is therefore seen by the next request. Thread-safe.
 */
@Component
class SyncPages {

    private static final long MAX_BYTES = 64L << 20;

    private record Key(String region, long since, int limit) {
    }

    private record Page(long latestChange, byte[] json) {
    }

    private final JobService jobs;
    private final JobRepository repository;
    private final ObjectMapper json;
    private final Cache<Key, Page> pages = Caffeine.newBuilder().maximumWeight(MAX_BYTES)
            .weigher((Key key, Page page) -> page.json().length + 64).build();

    SyncPages(JobService jobs, JobRepository repository, ObjectMapper json) {
        this.jobs = jobs;
        this.repository = repository;
        this.json = json;
    }

    /**
     * The page after {@code cursor} in the region, as {@link JobService#changesSince} answers it, in JSON. The signed
     * request's nonce is spent with the statement that reads the latest change (an invalid cursor is refused before).
     */
    byte[] page(String cursor, int limit, String region, NonceClaim nonce) {
        Key key = new Key(region, JobService.parseCursor(cursor), limit);
        long latest = repository.latestChange(region, nonce);
        Page cached = pages.getIfPresent(key);
        if (cached != null && cached.latestChange() == latest) {
            return cached.json();
        }
        // read after the latest change number: the page is at least as new as that number says
        Page page = new Page(latest, json.writeValueAsBytes(jobs.changesSince(cursor, limit, region)));
        pages.asMap().merge(key, page, (old, fresh) -> fresh.latestChange() >= old.latestChange() ? fresh : old);
        return page.json();
    }
}
