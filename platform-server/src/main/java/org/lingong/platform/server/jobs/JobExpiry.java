package org.lingong.platform.server.jobs;

import java.time.Clock;
import org.lingong.platform.server.support.DbTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expired jobs leave the feed by themselves: every {@code platform.jobs.expiry-interval} (default an hour, first run
 * a minute after start) jobs that ended before today are withdrawn. Off with {@code platform.jobs.expiry=false}
 * (the tests, whose fixture jobs have fixed dates, call {@link JobService#expireEnded} themselves).
 */
@Component
@ConditionalOnProperty(name = "platform.jobs.expiry", havingValue = "true", matchIfMissing = true)
class JobExpiry {

    private static final Logger LOG = LoggerFactory.getLogger(JobExpiry.class);

    private final JobService jobs;
    private final Clock clock;

    JobExpiry(JobService jobs, Clock clock) {
        this.jobs = jobs;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${platform.jobs.expiry-first-run:PT1M}", fixedDelayString = "${platform.jobs.expiry-interval:PT1H}")
    void sweep() {
        int expired = jobs.expireEnded(DbTime.statDay(clock.instant()));
        if (expired > 0) {
            LOG.info("{} jobs ended and left the kiosks' feed", expired);
        }
    }
}
