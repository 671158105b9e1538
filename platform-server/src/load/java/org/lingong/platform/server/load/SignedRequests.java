package org.lingong.platform.server.load;

import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The run's signed requests: signed when sent (as a kiosk does), or, with {@code load.presign}, all signed before the
 * load starts so that the generator's CPU during the run is Gatling's alone (about 60 µs of Ed25519 signing, SHA-512 and
 * a random nonce per request less on the generator's core). Pre-signed requests carry the time they were signed: the
 * platform accepts timestamps up to {@code platform.signing.clock-skew} (5 minutes) away, so a pre-signed run must
 * be shorter than that ({@link #presign} refuses a longer one). Every request still has its own nonce and signature.
 * Thread-safe.
 */
final class SignedRequests {

    /** One signed request: the four signature headers, and the body of a heartbeat (null for a delta sync). */
    record Signed(boolean sync, String path, byte[] body, Map<String, String> headers) {
    }

    /** Leaves a margin below the platform's 5-minute clock skew for signing time and the run's tail. */
    static final int MAX_PRESIGNED_SECONDS = 240;

    private final Fleet fleet;
    private final double syncShare;
    private final ConcurrentLinkedQueue<Signed> presigned = new ConcurrentLinkedQueue<>();

    SignedRequests(Fleet fleet, double syncShare) {
        this.fleet = fleet;
        this.syncShare = syncShare;
    }

    /** Signs {@code count} requests now, to be sent within {@code seconds} (at most {@link #MAX_PRESIGNED_SECONDS}). */
    void presign(int count, int seconds) {
        if (seconds > MAX_PRESIGNED_SECONDS) {
            throw new IllegalArgumentException("a pre-signed run of " + seconds + " s would send timestamps older than the"
                    + " platform accepts; at most " + MAX_PRESIGNED_SECONDS + " s, or sign while sending");
        }
        for (int i = 0; i < count; i++) {
            presigned.add(signNow());
        }
    }

    int presignedLeft() {
        return presigned.size();
    }

    /** The next request: a pre-signed one while there are any, else one signed now. */
    Signed next() {
        Signed ready = presigned.poll();
        return ready != null ? ready : signNow();
    }

    private Signed signNow() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (random.nextDouble() < syncShare) {
            String path = Requests.jobSyncPath(Math.max(0, fleet.latestJobChange() - random.nextLong(500)));
            return new Signed(true, path, null, fleet.any().signer().sign("GET", path, null));
        }
        byte[] body = Requests.heartbeat(random.nextInt(5));
        return new Signed(false, Requests.HEARTBEAT_PATH, body,
                fleet.any().signer().sign("POST", Requests.HEARTBEAT_PATH, body));
    }
}
