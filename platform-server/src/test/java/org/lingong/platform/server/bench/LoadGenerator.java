package org.lingong.platform.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.lingong.platform.api.signing.Ed25519Keys;

/**
 * Load harness (not part of the test run): enrolls terminals on a running platform over loopback and
 * fires real signed heartbeats, then real signed job delta syncs, from several threads for a bounded
 * time and request count, printing requests/s and p50/p99/max latency.
 *
 * <pre>
 * java -cp "platform-server/target/test-classes:platform-server/target/classes:$(cat cp.txt)" \
 *   org.lingong.platform.server.bench.LoadGenerator url=http://127.0.0.1:8080 station=ST-150102-001 \
 *   code=DEMO-2026 terminals=50 threads=16 seconds=20 warmup=10 maxRequests=200000 [serverPid=1234]
 * </pre>
 *
 * With {@code serverPid} (same machine) it also prints the server's CPU time per request from /proc,
 * which tells the capacity on idle cores when other work shares the machine.
 */
public final class LoadGenerator {

    private record Terminal(String id, FastSigner signer) {
    }

    private record Phase(String name, long requests, long errors, double seconds, long[] latenciesMicros,
                         double serverCpuMillis, double clientCpuMillis) {
        void print() {
            long[] sorted = latenciesMicros.clone();
            Arrays.sort(sorted);
            System.out.printf("%-12s %8d req in %5.1f s = %7.0f req/s  errors %d  p50 %6.2f ms  p99 %6.2f ms  max %7.2f ms%n",
                    name, requests, seconds, requests / seconds, errors, pct(sorted, 0.50), pct(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0);
            if (serverCpuMillis >= 0 && requests > 0) {
                double server = serverCpuMillis * 1000 / requests;
                double client = clientCpuMillis * 1000 / requests;
                System.out.printf("%-12s CPU per request: server %.0f us, load generator %.0f us"
                        + " -> server alone on 2 idle cores: ~%.0f req/s%n", "", server, client, 2_000_000 / server);
            }
        }

        private static double pct(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1000.0;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String serverPid;

    private LoadGenerator(String base, String serverPid) {
        this.base = base;
        this.serverPid = serverPid;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        LoadGenerator load = new LoadGenerator(options.getOrDefault("url", "http://127.0.0.1:8080"), options.get("serverPid"));
        int terminals = Integer.parseInt(options.getOrDefault("terminals", "50"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "16"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        long maxRequests = Long.parseLong(options.getOrDefault("maxRequests", "200000"));
        List<Terminal> fleet = load.enroll(options.getOrDefault("station", "ST-150102-001"),
                options.getOrDefault("code", "DEMO-2026"), terminals);
        long latest = load.latestCursor(fleet.get(0));
        System.out.printf("enrolled %d terminals, region's latest job change %d, %d threads%n", terminals, latest, threads);
        load.run("warm-up", fleet, threads, (warmup + 1) / 2, maxRequests, latest, false);
        load.run("warm-up", fleet, threads, (warmup + 1) / 2, maxRequests, latest, true);
        load.run("heartbeat", fleet, threads, seconds, maxRequests, latest, false).print();
        load.run("jobs delta", fleet, threads, seconds, maxRequests, latest, true).print();
    }

    private Phase run(String name, List<Terminal> fleet, int threads, int seconds, long maxRequests, long latest,
                      boolean syncs) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong budget = new AtomicLong(maxRequests);
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        double serverCpuBefore = serverCpuMillis();
        double clientCpuBefore = clientCpuMillis();
        long start = System.nanoTime();
        List<Future<long[]>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> worker(fleet, deadline, budget, errors, latest, syncs)));
        }
        long total = 0;
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> result : results) {
            long[] latencies = result.get();
            all.add(latencies);
            total += latencies.length;
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] merged = new long[(int) total];
        int at = 0;
        for (long[] part : all) {
            System.arraycopy(part, 0, merged, at, part.length);
            at += part.length;
        }
        double serverCpu = serverPid == null ? -1 : serverCpuMillis() - serverCpuBefore;
        return new Phase(name, total, errors.get(), elapsed, merged, serverCpu, clientCpuMillis() - clientCpuBefore);
    }

    /** utime + stime of the server process from /proc (Linux; clock ticks of 10 ms), -1 without a pid. */
    private double serverCpuMillis() {
        if (serverPid == null) {
            return -1;
        }
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", serverPid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static double clientCpuMillis() {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os.getProcessCpuTime() / 1e6;
    }

    private long[] worker(List<Terminal> fleet, long deadline, AtomicLong budget, AtomicLong errors, long latest,
                          boolean syncs) {
        long[] latencies = new long[1 << 16];
        int n = 0;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < deadline && budget.decrementAndGet() >= 0) {
            Terminal terminal = fleet.get(random.nextInt(fleet.size()));
            long began = System.nanoTime();
            int status;
            if (syncs) {
                long since = Math.max(0, latest - random.nextLong(500));
                status = send(terminal, "GET", "/api/v1/jobs?since=" + since + "&limit=50", null);
            } else {
                status = send(terminal, "POST", "/api/v1/heartbeats", heartbeat(random));
            }
            if (status != 200) {
                errors.incrementAndGet();
            }
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = (System.nanoTime() - began) / 1000;
        }
        return Arrays.copyOf(latencies, n);
    }

    private static byte[] heartbeat(ThreadLocalRandom random) {
        return ("{\"appVersion\":\"1.0.0\",\"devices\":[{\"device\":\"printer\",\"state\":\"ONLINE\"},"
                + "{\"device\":\"idcard\",\"state\":\"ONLINE\"}],\"outboxDepth\":" + random.nextInt(5)
                + ",\"oldestOutboxAgeSeconds\":0,\"diskFreeBytes\":10000000000,\"contentVersion\":0}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private int send(Terminal terminal, String method, String path, byte[] body) {
        try {
            return exchange(method, path, body, terminal.signer().sign(method, path, body)).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private HttpResponse<String> exchange(String method, String path, byte[] body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<Terminal> enroll(String station, String code, int count) throws Exception {
        List<Terminal> fleet = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            KeyPair keys = Ed25519Keys.generate();
            String body = "{\"stationCode\":\"" + station + "\",\"enrollmentCode\":\"" + code + "\",\"publicKey\":\""
                    + Ed25519Keys.encodePublicKey(keys.getPublic()) + "\",\"appVersion\":\"load-1\"}";
            HttpResponse<String> answer = exchange("POST", "/api/v1/enrollments", body.getBytes(StandardCharsets.UTF_8), Map.of());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("enrollment failed: " + answer.statusCode() + " " + answer.body());
            }
            String id = answer.body().replaceAll(".*\"terminalId\":\"([^\"]+)\".*", "$1");
            fleet.add(new Terminal(id, new FastSigner(id, keys)));
        }
        return fleet;
    }

    private long latestCursor(Terminal terminal) throws Exception {
        byte[] body = heartbeat(ThreadLocalRandom.current());
        HttpResponse<String> answer = exchange("POST", "/api/v1/heartbeats", body,
                terminal.signer().sign("POST", "/api/v1/heartbeats", body));
        return Long.parseLong(answer.body().replaceAll(".*\"jobsCursor\":\"([0-9]+)\".*", "$1"));
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                options.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        return options;
    }
}
