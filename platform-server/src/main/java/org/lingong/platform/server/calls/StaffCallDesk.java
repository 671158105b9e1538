package org.lingong.platform.server.calls;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 呼叫工作人员 as staff see it in the console: the open calls of the operator's region (station staff: their station),
 * acknowledged with 马上到 once (a second acknowledgement changes nothing), and what each kiosk learns from its
 * heartbeat answer. A call is open for {@link #OPEN_FOR} after it was made, unless its session ended first.
 */
@Service
public class StaffCallDesk {

    /** How long a call stays on the list (and its acknowledgement reaches the kiosk) when its session never ends. */
    public static final Duration OPEN_FOR = Duration.ofMinutes(30);

    /** What an acknowledgement did. */
    public enum Acknowledgement { ACKNOWLEDGED, ALREADY_ACKNOWLEDGED, NOT_FOUND }

    private final StaffCallRepository calls;
    private final AuditLog audit;
    private final Clock clock;

    StaffCallDesk(StaffCallRepository calls, AuditLog audit, Clock clock) {
        this.calls = calls;
        this.audit = audit;
        this.clock = clock;
    }

    /** The open calls someone signed in may answer, oldest first; none for an account without region or station. */
    public List<OpenCall> open(SignedIn who) {
        Instant since = clock.instant().minus(OPEN_FOR);
        if (who.isOperator()) {
            return calls.openUnder(who.regionPrefix(), since);
        }
        return who.stationCode() == null ? List.of() : calls.openAt(who.stationCode(), since);
    }

    /** One open call someone may answer; empty if it is not theirs, ended or too old. */
    public Optional<OpenCall> find(SignedIn who, UUID callId) {
        Instant since = clock.instant().minus(OPEN_FOR);
        return calls.open(callId, since).filter(call -> mayAnswer(who, call));
    }

    /** Answers 马上到; the first acknowledgement is audited, a second one changes nothing. */
    @Transactional
    public Acknowledgement acknowledge(SignedIn who, UUID callId) {
        Optional<OpenCall> call = find(who, callId);
        if (call.isEmpty()) {
            return Acknowledgement.NOT_FOUND;
        }
        if (!calls.acknowledge(callId, who.username(), clock.instant())) {
            return Acknowledgement.ALREADY_ACKNOWLEDGED;
        }
        OpenCall c = call.get();
        audit.record(who.username(), "staff-call.acknowledge", "terminal:" + c.terminalId(),
                "呼叫工作人员 " + c.stationName() + " 马上到", c.regionCode());
        return Acknowledgement.ACKNOWLEDGED;
    }

    /** The calls of a terminal that staff acknowledged and that are still open, for its heartbeat answer. */
    public List<UUID> acknowledgedFor(String terminalId) {
        return calls.acknowledgedOf(terminalId, clock.instant().minus(OPEN_FOR));
    }

    /** The session of a terminal's call ended: the call leaves the list. */
    public void ended(String terminalId, UUID callId, Instant at) {
        calls.end(terminalId, callId, at);
    }

    /** How long someone has waited, in whole minutes. */
    public long waitingMinutes(OpenCall call) {
        return Math.max(0, Duration.between(call.calledAt(), clock.instant()).toMinutes());
    }

    private static boolean mayAnswer(SignedIn who, OpenCall call) {
        if (who.isOperator()) {
            return who.covers(call.districtCode());
        }
        return call.stationCode().equals(who.stationCode());
    }
}
