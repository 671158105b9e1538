package org.lingong.platform.server.calls;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.lingong.platform.server.accounts.CurrentAccount;
import org.lingong.platform.server.accounts.SignedIn;
import org.lingong.platform.server.problem.ApiException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The live call list for scripts (HTTP Basic, operators): the open calls of the operator's region and their
 * acknowledgement. Acknowledging twice answers the same call (still acknowledged by whoever was first); a call outside
 * the region, ended or unknown is 404.
 */
@RestController
@RequestMapping("/api/v1/operator/calls")
class StaffCallApiController {

    /** A call as the API shows it; {@code acknowledgedAt}/{@code acknowledgedBy} are left out while nobody answered. */
    record StaffCallView(UUID id, String stationCode, String stationName, String terminalId, Instant calledAt,
                         long waitingMinutes, String screen, boolean acknowledged, Instant acknowledgedAt,
                         String acknowledgedBy) {
    }

    private final StaffCallDesk desk;
    private final CurrentAccount current;

    StaffCallApiController(StaffCallDesk desk, CurrentAccount current) {
        this.desk = desk;
        this.current = current;
    }

    @GetMapping
    List<StaffCallView> open() {
        return desk.open(current.require()).stream().map(this::view).toList();
    }

    @PostMapping("/{id}/acknowledgement")
    StaffCallView acknowledge(@PathVariable String id) {
        SignedIn who = current.require();
        UUID callId = StaffCallsController.parse(id).orElseThrow(StaffCallApiController::unknown);
        if (desk.acknowledge(who, callId) == StaffCallDesk.Acknowledgement.NOT_FOUND) {
            throw unknown();
        }
        return desk.find(who, callId).map(this::view).orElseThrow(StaffCallApiController::unknown);
    }

    private StaffCallView view(OpenCall call) {
        return new StaffCallView(call.callId(), call.stationCode(), call.stationName(), call.terminalId(),
                call.calledAt(), desk.waitingMinutes(call), call.screen(), call.acknowledged(), call.acknowledgedAt(),
                call.acknowledgedBy());
    }

    private static ApiException unknown() {
        return ApiException.notFound("unknown-call", "no open call with this id in your region");
    }
}
