package org.lingong.platform.server.heartbeat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.lingong.platform.api.heartbeat.DeviceReport;
import org.lingong.platform.api.heartbeat.Heartbeat;
import org.lingong.platform.api.heartbeat.HeartbeatAck;
import org.lingong.platform.api.remote.RemoteReport;
import org.lingong.platform.api.remote.SignedOrders;
import org.lingong.platform.server.calls.StaffCallDesk;
import org.lingong.platform.server.content.ContentService;
import org.lingong.platform.server.jobs.JobRepository;
import org.lingong.platform.server.problem.ApiException;
import org.lingong.platform.server.remote.RemoteOrdersService;
import org.lingong.platform.server.signing.NonceClaim;
import org.lingong.platform.server.terminals.HeartbeatFacts;
import org.lingong.platform.server.terminals.ParkedSummary;
import org.lingong.platform.server.terminals.Terminal;
import org.lingong.platform.server.terminals.TerminalRepository;
import org.springframework.stereotype.Service;

/** Records a terminal's heartbeat and tells it what changed on the platform. */
@Service
class HeartbeatService {

    private static final int MAX_DEVICES = 20;
    private static final Pattern DEVICE_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    private final TerminalRepository terminals;
    private final ContentService content;
    private final JobRepository jobs;
    private final RemoteOrdersService remote;
    private final StaffCallDesk calls;
    private final WaitingForTerminal waitingFor;
    private final Clock clock;
    /** Versions every heartbeat reports; at most a second stale. */
    private final Cache<String, Long> versions = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(1)).maximumSize(10_000).build();

    HeartbeatService(TerminalRepository terminals, ContentService content, JobRepository jobs, RemoteOrdersService remote,
                     StaffCallDesk calls, WaitingForTerminal waitingFor, Clock clock) {
        this.calls = calls;
        this.waitingFor = waitingFor;
        this.terminals = terminals;
        this.content = content;
        this.jobs = jobs;
        this.remote = remote;
        this.clock = clock;
    }

    /**
     * {@code signedAtMillis}: the request's signed timestamp, kept as the terminal's clock skew. The request's nonce is
     * spent before anything is written (an invalid heartbeat is refused before).
     *
     * @throws org.lingong.platform.server.signing.SignatureCheck.SignatureRefusal if the nonce was used before
     */
    HeartbeatAck record(NonceClaim nonce, Heartbeat heartbeat, long signedAtMillis) {
        Terminal terminal = nonce.terminal();
        validate(heartbeat);
        Instant now = clock.instant();
        long contentVersion = versions.get("content:" + terminal.stationCode(), key -> content.version(terminal));
        RemoteReport report = heartbeat.remote();
        if (report != null && report.results() != null && !report.results().isEmpty()) {
            nonce.spend(); // before the results are written
        }
        remote.recordResults(terminal, report);
        TerminalRepository.HeartbeatUpdate update = terminals.heartbeatUpdate(terminal.id(), new HeartbeatFacts(now,
                heartbeat.appVersion(),
                describe(heartbeat.devices()), heartbeat.outboxDepth(), heartbeat.oldestOutboxAgeSeconds(),
                heartbeat.diskFreeBytes(), heartbeat.parkedEvents(), ParkedSummary.encode(heartbeat.parked()),
                heartbeat.contentVersion(), contentVersion, now.toEpochMilli() - signedAtMillis,
                report == null ? null : report.configVersion(), RemoteOrdersService.refusal(report)));
        WaitingForTerminal.Waiting waiting = waitingFor.afterHeartbeat(nonce, update, terminal.id(),
                now.minus(StaffCallDesk.OPEN_FOR));
        long jobsCursor = versions.get("jobs:" + terminal.regionCode(), key -> jobs.latestChange(terminal.regionCode()));
        SignedOrders orders = remote.orders(terminal, report, waiting.commands()).orElse(null);
        return new HeartbeatAck(now, remote.configVersion(terminal), contentVersion,
                contentVersion > heartbeat.contentVersion(), Long.toString(jobsCursor), orders,
                waiting.acknowledgedCalls() ? calls.acknowledgedFor(terminal.id()) : List.of());
    }

    private static void validate(Heartbeat heartbeat) {
        if (heartbeat.appVersion() == null || heartbeat.appVersion().isBlank() || heartbeat.appVersion().length() > 40) {
            throw ApiException.badRequest("invalid-value", "appVersion is required, at most 40 characters");
        }
        if (heartbeat.outboxDepth() < 0 || heartbeat.oldestOutboxAgeSeconds() < 0 || heartbeat.diskFreeBytes() < 0
                || heartbeat.contentVersion() < 0) {
            throw ApiException.badRequest("invalid-value", "counts, ages and sizes must not be negative");
        }
        ParkedSummary.validate(heartbeat);
        String remoteProblem = RemoteOrdersService.problem(heartbeat.remote());
        if (remoteProblem != null) {
            throw ApiException.badRequest("invalid-value", remoteProblem);
        }
        List<DeviceReport> devices = heartbeat.devices() == null ? List.of() : heartbeat.devices();
        if (devices.size() > MAX_DEVICES) {
            throw ApiException.badRequest("invalid-value", "at most " + MAX_DEVICES + " devices");
        }
        for (DeviceReport device : devices) {
            if (device == null || device.device() == null || !DEVICE_NAME.matcher(device.device()).matches()
                    || device.state() == null) {
                throw ApiException.badRequest("invalid-value", "each device needs a name [A-Za-z0-9_.-]{1,40} and a state");
            }
        }
    }

    private static String describe(List<DeviceReport> devices) {
        if (devices == null) {
            return "";
        }
        return devices.stream().map(d -> d.device() + "=" + d.state()).collect(Collectors.joining(", "));
    }
}
