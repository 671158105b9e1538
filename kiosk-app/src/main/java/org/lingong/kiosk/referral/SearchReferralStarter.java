package org.lingong.kiosk.referral;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.search.ReferralOutcome;
import org.lingong.kiosk.search.ReferralStarter;
import org.lingong.platform.api.jobs.Job;

/** 我要报名 from the job search hands the job to the {@link ReferralViewModel} on the JavaFX thread. */
final class SearchReferralStarter implements ReferralStarter {

    private final ReferralViewModel referral;
    private final TaskExecutor executor;

    SearchReferralStarter(ReferralViewModel referral, TaskExecutor executor) {
        this.referral = referral;
        this.executor = executor;
    }

    @Override
    public ReferralOutcome start(Job job) {
        executor.runOnUiThread(() -> referral.request(job));
        return ReferralOutcome.STARTED;
    }
}
