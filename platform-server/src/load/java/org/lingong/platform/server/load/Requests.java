package org.lingong.platform.server.load;

import java.nio.charset.StandardCharsets;

/** The two terminal requests of the load run, as the kiosk sends them. */
final class Requests {

    static final String HEARTBEAT_PATH = "/api/v1/heartbeats";

    private Requests() {
    }

    /** A heartbeat of a kiosk with two devices online, nothing parked and remote configuration (version 0) applied. */
    static byte[] heartbeat(int outboxDepth) {
        return ("{\"appVersion\":\"1.0.0\",\"devices\":[{\"device\":\"printer\",\"state\":\"ONLINE\"},"
                + "{\"device\":\"idcard\",\"state\":\"ONLINE\"}],\"outboxDepth\":" + outboxDepth
                + ",\"oldestOutboxAgeSeconds\":0,\"diskFreeBytes\":10000000000,\"contentVersion\":0,"
                + "\"parkedEvents\":0,\"parked\":[],\"remote\":{\"configVersion\":0,\"results\":[]}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A delta sync of one page of 50 job changes after {@code since}. */
    static String jobSyncPath(long since) {
        return "/api/v1/jobs?since=" + since + "&limit=50";
    }
}
