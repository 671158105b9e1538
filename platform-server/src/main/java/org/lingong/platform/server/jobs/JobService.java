package org.lingong.platform.server.jobs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobDraft;
import org.lingong.platform.api.jobs.JobSyncPage;
import org.lingong.platform.api.jobs.JobTombstone;
import org.lingong.platform.server.problem.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Operator job CRUD and the terminals' delta sync. */
@Service
public class JobService {

    private final JobRepository jobs;
    private final Clock clock;

    JobService(JobRepository jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @Transactional
    public Job create(JobDraft draft) {
        JobDraftValidator.validate(draft);
        long id = jobs.insert(draft, clock.instant());
        return jobs.find(id).orElseThrow();
    }

    @Transactional
    public Job replace(long id, JobDraft draft) {
        JobDraftValidator.validate(draft);
        if (!jobs.update(id, draft, clock.instant())) {
            throw ApiException.notFound("unknown-job", "no job with this id");
        }
        return jobs.find(id).orElseThrow();
    }

    @Transactional
    public void delete(long id) {
        if (!jobs.delete(id, clock.instant())) {
            throw ApiException.notFound("unknown-job", "no job with this id");
        }
    }

    /** Takes the job out of the kiosks' feed (a tombstone) if it is still there; no error if it is gone already. */
    @Transactional
    public void withdraw(long id) {
        jobs.delete(id, clock.instant());
    }

    /**
     * Takes every job whose end date lies before {@code today} (Asia/Shanghai) out of the feed; kiosks receive the
     * tombstones in their next delta sync. Returns how many left.
     */
    @Transactional
    public int expireEnded(LocalDate today) {
        int expired = 0;
        for (long id : jobs.liveEndedBefore(today)) {
            if (jobs.delete(id, clock.instant())) {
                expired++;
            }
        }
        return expired;
    }

    public Job get(long id) {
        return jobs.find(id).orElseThrow(() -> ApiException.notFound("unknown-job", "no job with this id"));
    }

    public List<Job> list(String region, int offset, int limit) {
        if (region == null || !region.matches("\\d{4}") || offset < 0 || limit < 1 || limit > 1000) {
            throw ApiException.badRequest("invalid-parameter", "region must be 4 digits, offset >= 0, limit 1-1000");
        }
        return jobs.page(region, offset, limit);
    }

    /** One page of changes after {@code cursor} in the region; the cursor is the last change number seen. */
    @Transactional(readOnly = true)
    public JobSyncPage changesSince(String cursor, int limit, String regionPrefix) {
        long since = parseCursor(cursor);
        List<JobRepository.Change> changes = jobs.changesSince(since, regionPrefix, limit);
        boolean hasMore = changes.size() > limit;
        List<JobRepository.Change> page = hasMore ? changes.subList(0, limit) : changes;
        List<Job> live = new ArrayList<>();
        List<JobTombstone> tombstones = new ArrayList<>();
        for (JobRepository.Change change : page) {
            if (change.deleted()) {
                tombstones.add(new JobTombstone(change.jobId(), change.changedAt()));
            } else {
                live.add(change.job());
            }
        }
        long next = page.isEmpty() ? since : page.get(page.size() - 1).seq();
        return new JobSyncPage(live, tombstones, Long.toString(next), hasMore);
    }

    static long parseCursor(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            long value = Long.parseLong(cursor);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid-cursor", "since must be a cursor returned by an earlier sync, or 0");
        }
    }
}
