package org.lingong.platform.server.load;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.lingong.platform.api.signing.SignatureHeaders;

/**
 * The platform load benchmark (issue 13): enrolled terminals send real signed heartbeats and real signed job delta
 * syncs (pages of 50 changes within the region's last 500) at a fixed arrival rate (open model, Poisson arrivals, one
 * request per virtual user over shared keep-alive connections). A warm-up ramps up to the rate and is left out of the
 * statistics (silent requests); the measured phase follows at the full rate, in the same scenario and injection.
 * Verdict: global p99 and failures.
 *
 * <p>System properties: {@code load.url} (http://127.0.0.1:8080), {@code load.station} (ST-150102-001),
 * {@code load.code} (DEMO-2026), {@code load.terminals} (50), {@code load.rate} (2000 requests/s),
 * {@code load.warmup} (30 s), {@code load.seconds} (60 s), {@code load.syncShare} (0.5: the share of delta syncs),
 * {@code load.p99Millis} (50), {@code load.presign} (false; true: every request of the run signed before the load
 * starts, see {@link SignedRequests}), {@code load.marks} (a folder: writes {@code measured-start} when the measured phase
 * begins and {@code measured-end} with both epoch milliseconds when it is over, for scripts that sample the server).
 */
public class SignedTerminalLoadSimulation extends Simulation {

    private static final String BASE = System.getProperty("load.url", "http://127.0.0.1:8080");
    private static final int TERMINALS = Integer.getInteger("load.terminals", 50);
    private static final double RATE = Double.parseDouble(System.getProperty("load.rate", "2000"));
    private static final int WARMUP_SECONDS = Integer.getInteger("load.warmup", 30);
    private static final int MEASURED_SECONDS = Integer.getInteger("load.seconds", 60);
    private static final double SYNC_SHARE = Double.parseDouble(System.getProperty("load.syncShare", "0.5"));
    private static final int P99_MILLIS = Integer.getInteger("load.p99Millis", 50);
    private static final String MARKS = System.getProperty("load.marks");
    private static final boolean PRESIGN = Boolean.getBoolean("load.presign");

    private final Fleet fleet = new Fleet(BASE);
    private final SignedRequests requests = new SignedRequests(fleet, SYNC_SHARE);
    private final AtomicBoolean measuring = new AtomicBoolean();
    private final AtomicLong loadStart = new AtomicLong();
    private final AtomicLong measuredStart = new AtomicLong();
    private final AtomicLong measuredEnd = new AtomicLong();

    {
        HttpProtocolBuilder protocol = http.baseUrl(BASE).shareConnections().acceptHeader("application/json")
                .disableCaching();
        // one scenario and one injection profile: a second scenario started with andThen() paused the arrivals for
        // about a second at the switch (p99 above 1 s in otherwise calm runs); each request's phase is its start time
        ScenarioBuilder load = scenario("signed terminals")
                .doIfOrElse(session -> inMeasuredPhase())
                .then(exec(session -> markStart(session))
                        .exec(signedRequest(false))
                        .exec(session -> {
                            measuredEnd.accumulateAndGet(System.currentTimeMillis(), Math::max);
                            return session;
                        }))
                .orElse(signedRequest(true));
        int ramp = Math.max(1, WARMUP_SECONDS * 2 / 3);
        setUp(load.injectOpen(
                        rampUsersPerSec(RATE / 10).to(RATE).during(ramp),
                        constantUsersPerSec(RATE).during(Math.max(1, WARMUP_SECONDS - ramp) + MEASURED_SECONDS)
                                .randomized()))
                .protocols(protocol)
                .maxDuration(WARMUP_SECONDS + MEASURED_SECONDS + 120)
                .assertions(
                        global().responseTime().percentile(99.0).lte(P99_MILLIS),
                        global().failedRequests().percent().lte(0.1));
    }

    @Override
    public void before() {
        fleet.enroll(System.getProperty("load.station", "ST-150102-001"), System.getProperty("load.code", "DEMO-2026"),
                TERMINALS);
        System.out.printf("enrolled %d terminals; region's latest job change %d; %.0f requests/s, %.0f %% delta syncs,"
                        + " warm-up %d s, measured %d s%n", fleet.size(), fleet.latestJobChange(), RATE, SYNC_SHARE * 100,
                WARMUP_SECONDS, MEASURED_SECONDS);
        if (PRESIGN) {
            long start = System.nanoTime();
            // the warm-up's ramp sends fewer than RATE per second; 5 % more for Poisson arrivals
            int count = (int) Math.ceil(RATE * (WARMUP_SECONDS + MEASURED_SECONDS) * 1.05);
            requests.presign(count, WARMUP_SECONDS + MEASURED_SECONDS);
            System.out.printf("pre-signed %d requests in %.1f s; their timestamps are that old when sent%n", count,
                    (System.nanoTime() - start) / 1e9);
        }
    }

    @Override
    public void after() {
        if (PRESIGN) {
            System.out.printf("pre-signed requests left unsent: %d (more were signed when sent if 0)%n",
                    requests.presignedLeft());
        }
        long seconds = Math.max(1, measuredEnd.get() - measuredStart.get());
        System.out.printf("measured phase: %.1f s%n", seconds / 1000.0);
        mark("measured-end", measuredStart.get() + " " + measuredEnd.get());
    }

    private ChainBuilder signedRequest(boolean silent) {
        ChainBuilder sync = exec(quiet(http("job delta sync").get("#{path}").header(SignatureHeaders.TERMINAL, "#{terminal}")
                .header(SignatureHeaders.TIMESTAMP, "#{timestamp}").header(SignatureHeaders.NONCE, "#{nonce}")
                .header(SignatureHeaders.SIGNATURE, "#{signature}")
                .check(status().is(200)), silent));
        ChainBuilder heartbeat = exec(quiet(http("heartbeat").post("#{path}").header("Content-Type", "application/json")
                .header(SignatureHeaders.TERMINAL, "#{terminal}")
                .header(SignatureHeaders.TIMESTAMP, "#{timestamp}").header(SignatureHeaders.NONCE, "#{nonce}")
                .header(SignatureHeaders.SIGNATURE, "#{signature}")
                .body(ByteArrayBody(session -> session.get("body")))
                .check(status().is(200)), silent));
        return exec(this::signed).doIfOrElse("#{sync}").then(sync).orElse(heartbeat);
    }

    private static HttpRequestActionBuilder quiet(HttpRequestActionBuilder request, boolean silent) {
        return silent ? request.silent() : request;
    }

    private Session signed(Session session) {
        SignedRequests.Signed request = requests.next();
        Map<String, String> headers = request.headers();
        Session signed = session.set("sync", request.sync()).set("path", request.path())
                .set("terminal", headers.get(SignatureHeaders.TERMINAL))
                .set("timestamp", headers.get(SignatureHeaders.TIMESTAMP))
                .set("nonce", headers.get(SignatureHeaders.NONCE))
                .set("signature", headers.get(SignatureHeaders.SIGNATURE));
        return request.body() == null ? signed : signed.set("body", request.body());
    }

    /** Whether a request starting now belongs to the measured phase: the warm-up's seconds have passed since the first. */
    private boolean inMeasuredPhase() {
        long now = System.nanoTime();
        loadStart.compareAndSet(0, now);
        return now - loadStart.get() >= WARMUP_SECONDS * 1_000_000_000L;
    }

    private Session markStart(Session session) {
        if (!measuring.get() && measuring.compareAndSet(false, true)) {
            measuredStart.set(System.currentTimeMillis());
            mark("measured-start", Long.toString(measuredStart.get()));
        }
        return session;
    }

    private static void mark(String name, String text) {
        if (MARKS == null) {
            return;
        }
        try {
            Files.createDirectories(Path.of(MARKS));
            Files.writeString(Path.of(MARKS, name), text + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
