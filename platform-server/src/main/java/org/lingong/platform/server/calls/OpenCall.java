package org.lingong.platform.server.calls;

import java.time.Instant;
import java.util.UUID;

/**
 * A 呼叫工作人员 still open: called within the last {@link StaffCallDesk#OPEN_FOR} and its session not ended.
 *
 * @param callId         the {@code STAFF_CALLED} event's id
 * @param regionCode     the station's 盟市 (4 digits), for the audit entry of an acknowledgement
 * @param districtCode   the station's 旗县区 (6 digits), for the operator's scope
 * @param screen         the kiosk screen the call came from, e.g. {@code FIND_JOB}; may be null
 * @param acknowledgedAt when staff answered 马上到, or null while nobody has
 * @param acknowledgedBy who answered (account name), or null
 */
public record OpenCall(UUID callId, String stationCode, String stationName, String regionCode, String districtCode,
                       String terminalId,
                       Instant calledAt, String screen, Instant acknowledgedAt, String acknowledgedBy) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
