package org.lingong.kiosk.search;

import org.lingong.platform.api.jobs.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** For search view-model tests: a referral flow that is not available (the app wires {@code org.lingong.kiosk.referral}). */
public final class DemoReferralStarter implements ReferralStarter {

    private static final Logger log = LoggerFactory.getLogger(DemoReferralStarter.class);

    @Override
    public ReferralOutcome start(Job job) {
        log.info("Referral asked for job {}: not available yet", job.id());
        return ReferralOutcome.NOT_AVAILABLE_YET;
    }
}
