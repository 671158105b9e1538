package org.lingong.platform.server.events;

import java.util.Optional;
import java.util.stream.IntStream;
import org.lingong.platform.api.events.AppointmentBooked;
import org.lingong.platform.api.events.AppointmentCancelled;
import org.lingong.platform.api.events.DeviceStatusChange;
import org.lingong.platform.api.events.EmploymentStatusCheck;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.api.events.Feedback;
import org.lingong.platform.api.events.ReferralIssued;
import org.lingong.platform.api.events.ReferralOutcomeReport;
import org.lingong.platform.api.events.SignUp;
import org.lingong.platform.api.events.StaffCall;
import org.lingong.platform.api.events.StaffCallEnded;
import org.lingong.platform.api.events.VisitCount;
import org.lingong.platform.api.events.WorkerProfile;
import org.lingong.platform.server.appointments.AppointmentDesk;
import org.lingong.platform.server.calls.StaffCallDesk;
import org.lingong.platform.server.problem.ApiException;
import org.lingong.platform.server.referrals.ReferralService;
import org.lingong.platform.server.support.PlausibleTime;
import org.lingong.platform.server.workers.WorkerChangeSource;
import org.lingong.platform.server.workers.WorkerRepository;
import org.lingong.platform.server.workers.WorkerService;
import org.springframework.stereotype.Component;

/**
 * Applies one validated event inside the caller's transaction; throws {@link ApiException} to reject it
 * (the transaction then rolls back, so nothing of it is written).
 */
@Component
class EventApplier {

    private final WorkerService workers;
    private final WorkerRepository workerRefs;
    private final ReferralService referrals;
    private final ActivityRepository activity;
    private final EventLogRepository log;
    private final AppointmentDesk appointments;
    private final StaffCallDesk calls;

    EventApplier(WorkerService workers, WorkerRepository workerRefs, ReferralService referrals,
                 ActivityRepository activity, EventLogRepository log, AppointmentDesk appointments,
                 StaffCallDesk calls) {
        this.appointments = appointments;
        this.calls = calls;
        this.workers = workers;
        this.workerRefs = workerRefs;
        this.referrals = referrals;
        this.activity = activity;
        this.log = log;
    }

    void apply(EventContext c) {
        EventEnvelope e = c.event();
        checkEnvelope(c);
        switch (e.type()) {
            case WORKER_REGISTERED, WORKER_UPDATED -> {
                long workerId = workers.register((WorkerProfile) e.payload(), e.type() == EventType.WORKER_REGISTERED,
                        new WorkerChangeSource(c.terminal().id(), c.terminal().stationCode(), e.eventId(),
                                e.occurredAt(), c.receivedAt()), e.workerRef());
                log.attachWorker(e.eventId(), workerId);
            }
            case REFERRAL_ISSUED -> {
                long workerId = requireWorker(c);
                ReferralIssued issued = (ReferralIssued) e.payload();
                referrals.issue(c.terminal(), issued.token(), issued.slipNumber(), workerId, c.receivedAt());
                log.attachWorker(e.eventId(), workerId);
            }
            case REFERRAL_OUTCOME -> {
                ReferralOutcomeReport report = (ReferralOutcomeReport) e.payload();
                referrals.outcomeFromTerminal(c.terminal(), report.referralId(), report.outcome(), report.note(),
                        e.occurredAt());
            }
            case SIGN_UP -> signUp(c, (SignUp) e.payload());
            case FEEDBACK -> feedback(c, (Feedback) e.payload());
            case VISIT_COUNT -> visits(c, (VisitCount) e.payload());
            case DEVICE_STATUS -> deviceStatus(c, (DeviceStatusChange) e.payload());
            case APPOINTMENT_BOOKED -> appointments.book(c.terminal(), e.eventId(), e.workerRef(),
                    (AppointmentBooked) e.payload(), e.occurredAt(), c.receivedAt());
            case APPOINTMENT_CANCELLED -> appointments.cancel(c.terminal(), ((AppointmentCancelled) e.payload()).code(),
                    e.occurredAt());
            case EMPLOYMENT_STATUS_CHECKED -> statusChecked(c, (EmploymentStatusCheck) e.payload());
            case STAFF_CALLED -> staffCalled(c, (StaffCall) e.payload());
            case STAFF_CALL_ENDED -> callEnded(c, (StaffCallEnded) e.payload());
        }
    }

    private void checkEnvelope(EventContext c) {
        EventEnvelope e = c.event();
        PlausibleTime.require("occurredAt", e.occurredAt(), c.receivedAt());
        if (e.workerRef() != null && !e.workerRef().matches("[A-Za-z0-9_.:-]{1,64}")) {
            throw ApiException.badRequest("invalid-value", "workerRef must be 1-64 characters of [A-Za-z0-9_.:-]");
        }
        if (e.type().needsWorker() && e.workerRef() == null) {
            throw ApiException.badRequest("missing-field", "workerRef is required for " + e.type());
        }
    }

    private long requireWorker(EventContext c) {
        return workerRefs.byRef(c.terminal().id(), c.event().workerRef()).orElseThrow(() -> ApiException.badRequest(
                "unknown-worker-ref", "send WORKER_REGISTERED for this workerRef first"));
    }

    private void signUp(EventContext c, SignUp s) {
        if (s.target() == null || s.itemId() <= 0) {
            throw ApiException.badRequest("invalid-value", "target and a positive itemId are required");
        }
        Optional<Long> worker = c.event().workerRef() == null ? Optional.empty()
                : workerRefs.byRef(c.terminal().id(), c.event().workerRef());
        activity.signUp(c, s, worker.orElse(null));
    }

    private void feedback(EventContext c, Feedback f) {
        if (f.rating() < 1 || f.rating() > 5 || (f.comment() != null && f.comment().length() > 500)) {
            throw ApiException.badRequest("invalid-value", "rating must be 1-5, comment at most 500 characters");
        }
        if ((f.service() != null && !Feedback.CODE.matcher(f.service()).matches()) || f.reasons().size() > 6
                || f.reasons().stream().anyMatch(r -> r == null || !Feedback.CODE.matcher(r).matches())) {
            throw ApiException.badRequest("invalid-value", "service and reasons must be codes [A-Z][A-Z0-9_]{0,39}, "
                    + "at most 6 reasons");
        }
        activity.feedback(c, f, optionalWorker(c).orElse(null));
    }

    private void staffCalled(EventContext c, StaffCall call) {
        if (call.screen() != null && !Feedback.CODE.matcher(call.screen()).matches()) {
            throw ApiException.badRequest("invalid-value", "screen must be a code [A-Z][A-Z0-9_]{0,39}");
        }
        activity.staffCall(c, call);
    }

    private void callEnded(EventContext c, StaffCallEnded ended) {
        if (ended.callEventId() == null) {
            throw ApiException.badRequest("missing-field", "callEventId is required");
        }
        calls.ended(c.terminal().id(), ended.callEventId(), c.event().occurredAt());
    }

    private void statusChecked(EventContext c, EmploymentStatusCheck check) {
        if (check.situation() == null) {
            throw ApiException.badRequest("invalid-value", "situation is required");
        }
        long workerId = requireWorker(c);
        EventEnvelope e = c.event();
        boolean applied = workers.statusChecked(workerId, check.situation().status(), new WorkerChangeSource(
                c.terminal().id(), c.terminal().stationCode(), e.eventId(), e.occurredAt(), c.receivedAt()));
        activity.employmentCheck(c, workerId, check, applied);
        log.attachWorker(e.eventId(), workerId);
    }

    private Optional<Long> optionalWorker(EventContext c) {
        return c.event().workerRef() == null ? Optional.empty()
                : workerRefs.byRef(c.terminal().id(), c.event().workerRef());
    }

    private void visits(EventContext c, VisitCount v) {
        if (v.day() == null || v.visits() < 0 || v.visits() > 100_000) {
            throw ApiException.badRequest("invalid-value", "day is required, visits 0-100000");
        }
        if (!funnelFits(v)) {
            throw ApiException.badRequest("invalid-value", "funnel counts must lie between 0 and visits; at most 20 "
                    + "tiles named by codes, each 0-visits");
        }
        if (v.day().isAfter(c.statDay().plusDays(1))) {
            throw new ApiException(400, "invalid-date", "Invalid date", "day is in the future");
        }
        activity.visits(c, v);
    }

    private static boolean funnelFits(VisitCount v) {
        boolean steps = IntStream.of(v.identified(), v.searched(), v.referred(), v.printed())
                .allMatch(n -> n >= 0 && n <= v.visits());
        return steps && v.tiles().size() <= 20 && v.tiles().entrySet().stream().allMatch(t -> t.getKey() != null
                && Feedback.CODE.matcher(t.getKey()).matches() && t.getValue() != null && t.getValue() >= 0
                && t.getValue() <= v.visits());
    }

    private void deviceStatus(EventContext c, DeviceStatusChange d) {
        if (d.device() == null || !d.device().matches("[A-Za-z0-9_.-]{1,40}") || d.state() == null
                || (d.detail() != null && d.detail().length() > 200)) {
            throw ApiException.badRequest("invalid-value", "device [A-Za-z0-9_.-]{1,40} and state are required, detail at most 200");
        }
        activity.deviceStatus(c, d);
    }
}
