package org.lingong.kiosk.search;

import org.lingong.platform.api.jobs.Job;

/**
 * Port: 我要报名 hands the chosen job to the referral flow (issue 5 item 6). Called through the
 * {@link org.lingong.kiosk.executor.TaskExecutor}, off the UI thread.
 */
public interface ReferralStarter {

    ReferralOutcome start(Job job);
}
