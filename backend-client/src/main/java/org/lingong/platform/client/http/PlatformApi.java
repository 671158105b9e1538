package org.lingong.platform.client.http;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.lingong.platform.api.appointments.AppointmentCalendar;
import org.lingong.platform.api.content.ContentBundle;
import org.lingong.platform.api.enrollment.EnrollmentRequest;
import org.lingong.platform.api.enrollment.EnrollmentResponse;
import org.lingong.platform.api.events.EventBatch;
import org.lingong.platform.api.events.EventBatchResult;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.api.heartbeat.HeartbeatAck;
import org.lingong.platform.api.remote.DiagnosticBundle;
import org.lingong.platform.api.remote.DiagnosticReceipt;
import org.lingong.platform.api.jobs.JobSyncPage;
import org.lingong.platform.api.referrals.VerifyRequest;
import org.lingong.platform.api.referrals.VerifyResponse;
import org.lingong.platform.api.stats.StatsReport;

/**
 * The platform API v1 as typed calls. Blocking, thread-safe. Which calls are retried: job sync,
 * content, heartbeat, referral verification and the event batch (idempotent by event id); enrollment
 * is tried once (its code is single-use).
 */
public final class PlatformApi {

    private static final Duration SHORT = Duration.ofSeconds(15);
    private static final Duration LONG = Duration.ofSeconds(60);

    private final PlatformHttp http;

    public PlatformApi(PlatformHttp http) {
        this.http = http;
    }

    public ApiResult<EnrollmentResponse> enroll(EnrollmentRequest request) {
        return http.execute(ApiCall.post("/api/v1/enrollments", request, EnrollmentResponse.class, false, SHORT).unsigned());
    }

    /** Delivers up to {@link EventBatch#MAX_EVENTS} events; the answer has one result per event, in order. */
    public ApiResult<EventBatchResult> sendEvents(List<EventEnvelope> events) {
        return http.execute(ApiCall.post("/api/v1/events/batch", new EventBatch(events), EventBatchResult.class, true, LONG));
    }

    /** One page of job changes after {@code cursor} ({@code "0"} for everything). */
    public ApiResult<JobSyncPage> jobChanges(String cursor, int limit) {
        return http.execute(ApiCall.get("/api/v1/jobs?since=" + urlSafe(cursor) + "&limit=" + limit, JobSyncPage.class, LONG));
    }

    public ApiResult<VerifyResponse> verifyReferral(String token) {
        return http.execute(ApiCall.post("/api/v1/referrals/verify", new VerifyRequest(token), VerifyResponse.class, true, SHORT));
    }

    public ApiResult<HeartbeatAck> heartbeat(Heartbeat heartbeat) {
        return http.execute(ApiCall.post("/api/v1/heartbeats", heartbeat, HeartbeatAck.class, true, SHORT));
    }

    /** Not retried on its own: a bundle uploaded twice is harmless but large. */
    public ApiResult<DiagnosticReceipt> uploadDiagnostics(DiagnosticBundle bundle) {
        return http.execute(ApiCall.post("/api/v1/diagnostics", bundle, DiagnosticReceipt.class, false, SHORT));
    }

    public ApiResult<ContentBundle> content() {
        return http.execute(ApiCall.get("/api/v1/content", ContentBundle.class, LONG));
    }

    /** The station's appointment calendar and bookings ({@code GET /api/v1/appointments}). */
    public ApiResult<AppointmentCalendar> appointments() {
        return http.execute(ApiCall.get("/api/v1/appointments", AppointmentCalendar.class, SHORT));
    }

    /** The figures of the calling terminal's own station for the days {@code from} … {@code to}. */
    public ApiResult<StatsReport> stationStats(LocalDate from, LocalDate to) {
        return http.execute(ApiCall.get("/api/v1/stats/daily?from=" + from + "&to=" + to, StatsReport.class, SHORT));
    }

    private static String urlSafe(String cursor) {
        if (!cursor.matches("[0-9A-Za-z_.-]{1,64}")) {
            throw new IllegalArgumentException("cursor has unexpected characters");
        }
        return cursor;
    }
}
