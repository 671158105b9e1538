package org.lingong.kiosk.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.lingong.devices.printer.ReferralSlip;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.kiosk.alert.StaffAlertKind;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.platform.api.events.DeviceState;
import org.lingong.platform.api.events.DeviceStatusChange;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.referral.IssuedReferral;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The referral desk over the platform link: a token signed with the terminal's key (valid as {@link SlipContent}
 * says), a {@code REFERRAL_ISSUED} event naming the slip number in the encrypted outbox (durable before printing, so the platform learns of
 * every slip, also after an outage), the slip in the {@link SlipArchive}, then the printer. A slip that does not come
 * out raises a {@link StaffAlertKind#SLIP_NOT_PRINTED} alert and queues a {@code DEVICE_STATUS} event naming the
 * printer's state and the slip number (no personal data). The log names slips by number only.
 */
public final class PlatformReferralDesk implements ReferralDesk {

    static final String ALERT_KEY = "alert.slipNotPrinted";
    private static final Logger log = LoggerFactory.getLogger(PlatformReferralDesk.class);

    private final BackendClient backend;
    private final SlipArchive archive;
    private final SlipPrinter printer;
    private final StaffAlerts alerts;
    private final SlipContent content;
    private final Clock clock;

    PlatformReferralDesk(BackendClient backend, SlipArchive archive, SlipPrinter printer, StaffAlerts alerts,
            SlipContent content, Clock clock) {
        this.backend = backend;
        this.archive = archive;
        this.printer = printer;
        this.alerts = alerts;
        this.content = content;
        this.clock = clock;
    }

    @Override
    public boolean configured() {
        return true;
    }

    @Override
    public SlipOutcome issueAndPrint(Job job, ActiveWorker worker) throws Exception {
        if (backend.identity().isEmpty()) {
            throw new ReferralUnavailableException("the terminal is not enrolled with the platform yet");
        }
        Optional<ReferralSlip> earlier = validSlip(job, worker);
        if (earlier.isPresent()) {
            log.info("Job {} already referred to this worker on slip {}: not issued again", job.id(),
                    earlier.get().slipNumber());
            return SlipOutcome.earlier(earlier.get());
        }
        if (backend.outbox().hasParked(worker.workerRef())) {
            throw new WorkerRefusedException("the platform refused an earlier event of this worker; staff must see to it");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS); // token times are whole seconds
        IssuedReferral issued = backend.referralIssuer().issue(job.id(), content.validity(job, now));
        Instant issuedAt = issued.claims().issuedAt();
        Instant expiresAt = issued.claims().expiresAt();
        // the event names the slip's number, which the archive gives; it is queued before the slip is stored, so a
        // failed append leaves no slip the platform will never hear of
        ReferralSlip slip = archive.add(LocalDate.ofInstant(issuedAt, clock.getZone()), issuedAt, expiresAt,
                worker.workerRef(), job.id(), number -> {
                    backend.outbox().append(issued.event(worker.workerRef(), number, issuedAt));
                    return content.slip(number, job, worker, issuedAt, expiresAt, issued.token());
                });
        backend.dispatcher().wake();
        log.info("Referral {} issued as slip {} for job {}", issued.referralId(), slip.slipNumber(), job.id());
        Optional<PrinterCondition> notPrinted = printer.print(slip);
        if (notPrinted.isEmpty()) {
            archive.markPrinted(slip.slipNumber());
        } else {
            reportNotPrinted(slip.slipNumber(), notPrinted.get());
        }
        return new SlipOutcome(slip, notPrinted);
    }

    @Override
    public Optional<ReferralSlip> validSlip(Job job, ActiveWorker worker) throws Exception {
        return archive.validFor(worker.workerRef(), job.id());
    }

    @Override
    public ReprintResult reprint(String slipNumber) throws Exception {
        return new ArchiveSlipReprints(archive, printer).reprint(slipNumber);
    }

    private void reportNotPrinted(String slipNumber, PrinterCondition reason) {
        alerts.raise(StaffAlertKind.SLIP_NOT_PRINTED, ALERT_KEY, slipNumber + " " + reason.name());
        backend.outbox().append(new EventEnvelope(UUID.randomUUID(), EventType.DEVICE_STATUS, clock.instant(), null,
                new DeviceStatusChange("printer", deviceState(reason), "slip " + slipNumber + " not printed")));
        backend.dispatcher().wake();
    }

    static DeviceState deviceState(PrinterCondition reason) {
        return switch (reason) {
            case PAPER_OUT -> DeviceState.PAPER_OUT;
            case COVER_OPEN -> DeviceState.COVER_OPEN;
            case ERROR -> DeviceState.ERROR;
            case PAPER_NEAR_END -> DeviceState.PAPER_LOW;
            default -> DeviceState.OFFLINE;
        };
    }
}
