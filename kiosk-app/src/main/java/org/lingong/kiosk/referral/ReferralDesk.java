package org.lingong.kiosk.referral;

import java.util.Optional;

import org.lingong.devices.printer.ReferralSlip;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.platform.api.jobs.Job;

/**
 * Port of the referral screen: issues a signed referral for a job and worker, queues it for the platform, keeps the
 * slip and prints it. Blocking (keys, disk, printer): called through the task executor, never on the JavaFX thread.
 */
public interface ReferralDesk {

    /** Whether this kiosk can issue slips at all (it is configured with a platform link). Fast. */
    boolean configured();

    /**
     * @throws ReferralUnavailableException when the kiosk cannot issue slips now (not enrolled with the platform)
     * @throws Exception when the referral could not be kept (disk); nothing was printed then
     */
    SlipOutcome issueAndPrint(Job job, ActiveWorker worker) throws Exception;

    /**
     * The slip this worker already holds for this job and that is still valid, if any. {@link #issueAndPrint} then
     * issues nothing and answers {@link SlipOutcome#earlier}: one valid slip per worker and job.
     */
    Optional<ReferralSlip> validSlip(Job job, ActiveWorker worker) throws Exception;

    /** Prints an issued slip again (the same number, token and times). */
    ReprintResult reprint(String slipNumber) throws Exception;
}
