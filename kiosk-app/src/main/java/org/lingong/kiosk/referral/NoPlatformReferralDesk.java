package org.lingong.kiosk.referral;

import java.util.List;
import java.util.Optional;

import org.lingong.devices.printer.ReferralSlip;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.platform.api.jobs.Job;

/**
 * With {@code kiosk.platform.enabled=false} nothing can be issued (no terminal key, nobody to verify the slip): the
 * referral screen says calmly that slips need the platform link, and staff see no slips to reprint.
 */
final class NoPlatformReferralDesk implements ReferralDesk, SlipReprints {

    @Override
    public boolean configured() {
        return false;
    }

    @Override
    public SlipOutcome issueAndPrint(Job job, ActiveWorker worker) throws ReferralUnavailableException {
        throw new ReferralUnavailableException("referral slips need the platform link (kiosk.platform.enabled=false)");
    }

    @Override
    public Optional<ReferralSlip> validSlip(Job job, ActiveWorker worker) {
        return Optional.empty();
    }

    @Override
    public List<SlipRecord> recent(int limit) {
        return List.of();
    }

    @Override
    public ReprintResult reprint(String slipNumber) {
        return ReprintResult.UNKNOWN_SLIP;
    }
}
