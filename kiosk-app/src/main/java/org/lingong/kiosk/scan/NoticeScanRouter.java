package org.lingong.kiosk.scan;

import org.lingong.kiosk.notice.Notice;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scan router until scans open jobs and workers: a calm "已扫码" notice saying what the code is (a referral
 * slip or another code) and what will happen with it; the scan counts as activity. Never shows or logs the code.
 */
public final class NoticeScanRouter implements ScanRouter {

    private static final Logger log = LoggerFactory.getLogger(NoticeScanRouter.class);

    private final NoticeViewModel notices;
    private final Runnable activity;

    public NoticeScanRouter(NoticeViewModel notices, Runnable activity) {
        this.notices = notices;
        this.activity = activity;
    }

    @Override
    public void route(Scan scan) {
        log.info("Scanned {}", scan);
        activity.run();
        notices.show(scan.isReferralToken() ? Notice.SCANNED_REFERRAL : Notice.SCANNED_CODE);
    }
}
