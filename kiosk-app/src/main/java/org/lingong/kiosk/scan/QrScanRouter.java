package org.lingong.kiosk.scan;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.notice.Notice;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.recognition.WorkerCodes;
import org.lingong.kiosk.recognition.WorkerRecognition;
import org.lingong.platform.client.referral.OfflineVerdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * QR login: a scanned code opens the job or the worker it names ({@link KioskCode} lists the formats).
 *
 * <ul>
 *   <li>job code: the job's detail on the search screen, or "这个岗位已下架或不存在";</li>
 *   <li>worker code with a valid MAC of this kiosk: the worker is recognised as by their ID card (welcome, search
 *       screen, the session's worker; another person's session is wiped first);</li>
 *   <li>referral slip token: checked offline, a calm notice with the slip's job and whether it is genuine, expired,
 *       forged or from another kiosk;</li>
 *   <li>anything else (forged, foreign, garbage): a calm notice, nothing else happens.</li>
 * </ul>
 *
 * Every scan counts as activity. Logs only the kind and length of a code, never its text. JavaFX thread only.
 */
public final class QrScanRouter implements ScanRouter {

    private static final Logger log = LoggerFactory.getLogger(QrScanRouter.class);
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Runnable activity;
    private final NoticeViewModel notices;
    private final JobOpener jobs;
    private final WorkerCodes workerCodes;
    private final WorkerRecognition recognition;
    private final SlipChecker slips;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;

    public QrScanRouter(Runnable activity, NoticeViewModel notices, JobOpener jobs, WorkerCodes workerCodes,
            WorkerRecognition recognition, SlipChecker slips, TaskExecutor executor, Messages messages, Clock clock) {
        this.activity = activity;
        this.notices = notices;
        this.jobs = jobs;
        this.workerCodes = workerCodes;
        this.recognition = recognition;
        this.slips = slips;
        this.executor = executor;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void route(Scan scan) {
        KioskCode code = KioskCode.of(scan.text());
        log.info("Scanned a {} ({} chars, {})", code.kind(), scan.text().length(), scan.source());
        activity.run();
        notices.dismiss();
        if (code instanceof KioskCode.JobCode job) {
            jobs.open(job.jobId());
        } else if (code instanceof KioskCode.WorkerCode worker) {
            logIn(worker.text());
        } else if (code instanceof KioskCode.SlipToken slip) {
            check(slip.token());
        } else {
            notices.show(Notice.CODE_NOT_USABLE);
        }
    }

    private void logIn(String code) {
        Optional<String> workerRef = workerCodes.verify(code);
        if (workerRef.isEmpty()) {
            log.info("Worker code not issued by this kiosk (or altered): ignored");
            notices.show(Notice.CODE_NOT_USABLE);
            return;
        }
        recognition.byWorkerRef(workerRef.get(), known -> known.ifPresentOrElse(worker -> {
            log.info("Known worker recognised by worker code");
            recognition.welcome(worker);
        }, () -> notices.show(Notice.WORKER_CODE_UNKNOWN)));
    }

    private void check(String token) {
        String unknownJob = messages.get("notice.slip.unknownJob");
        executor.submit(() -> slips.check(token).map(verdict -> reading(verdict, unknownJob)),
                reading -> reading.ifPresentOrElse(r -> notices.show(r.notice(), r.arguments()),
                        () -> notices.show(Notice.SLIP_NOT_CHECKABLE)),
                error -> {
                    log.warn("Slip check failed: {}", error.getClass().getSimpleName());
                    notices.show(Notice.SLIP_NOT_CHECKABLE);
                });
    }

    /** Runs in the background: reads the job title from the catalog. */
    private SlipReading reading(OfflineVerdict verdict, String unknownJob) {
        if (verdict.status() == OfflineVerdict.Status.MALFORMED || verdict.claims() == null) {
            return new SlipReading(Notice.CODE_NOT_USABLE, List.of());
        }
        String title = jobs.titleOf(verdict.claims().jobId(), unknownJob);
        String expiry = EXPIRY.format(verdict.claims().expiresAt().atZone(clock.getZone()));
        Notice notice = switch (verdict.status()) {
            case VALID -> Notice.SLIP_GENUINE;
            case EXPIRED -> Notice.SLIP_EXPIRED;
            case FORGED -> Notice.SLIP_FORGED;
            default -> Notice.SLIP_OTHER_KIOSK;
        };
        log.info("Referral slip scanned: {}", verdict.status());
        return new SlipReading(notice, List.of(title, expiry));
    }

    private record SlipReading(Notice notice, List<String> arguments) {
    }
}
