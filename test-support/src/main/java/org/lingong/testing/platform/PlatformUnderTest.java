package org.lingong.testing.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lingong.platform.api.content.ContactPolicy;
import org.lingong.platform.api.enrollment.EnrollmentCode;
import org.lingong.platform.api.enrollment.EnrollmentCodeRequest;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobDraft;
import org.lingong.platform.api.referrals.ReferralView;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real reference platform, started in this JVM from platform-server's compiled classes (its Spring Boot fat jar
 * cannot be a class path entry: the using module adds {@code platform-server/target/classes} through surefire's
 * {@code additionalClasspathElements}), over HTTP on a random port, with an H2 file database in a temporary directory
 * so that it can be stopped and started again on the same port with the same data. Test code knows the server only by
 * its main class name, its properties, its HTTP operator API and its tables (stations have no HTTP endpoint): no
 * compile-time dependency on platform-server classes.
 */
public final class PlatformUnderTest implements AutoCloseable {

    /** 呼和浩特市新城区 (region 1501), one of the {@link Setup#TEST_STATIONS}. */
    public static final Station HOHHOT = new Station("NM-150102-C01", "新城区客户端测试驿站", "1501", "150102", "新城区测试路1号");
    /** 包头市昆都仑区 (region 1502), one of the {@link Setup#TEST_STATIONS}. */
    public static final Station BAOTOU = new Station("NM-150203-C01", "昆都仑区客户端测试驿站", "1502", "150203", "昆区测试路2号");
    /** The station of the {@link Setup#DEMO} platform. */
    public static final String DEMO_STATION = "ST-150102-001";
    /** The reusable enrollment code of the {@link Setup#DEMO} platform's station. */
    public static final String DEMO_CODE = "DEMO-2026";
    public static final String OPERATOR = "operator";

    private static final String MAIN_CLASS = "org.lingong.platform.server.PlatformServerApplication";

    /** What the platform holds when it starts. */
    public enum Setup {
        /** No demo data; the two test stations {@link #HOHHOT} and {@link #BAOTOU}, no jobs. */
        TEST_STATIONS("client-test", "client-test-operator"),
        /** Demo mode: the station {@link #DEMO_STATION} with the reusable code {@link #DEMO_CODE}, 40 seeded jobs. */
        DEMO("demo", "kiosk-test-operator");

        private final String profile;
        private final String operatorPassword;

        Setup(String profile, String operatorPassword) {
            this.profile = profile;
            this.operatorPassword = operatorPassword;
        }

        public String operatorPassword() {
            return operatorPassword;
        }
    }

    private final Setup setup;
    private final Path dataDirectory;
    private final List<String> tlsArguments;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private ConfigurableApplicationContext context;
    private int port;

    private PlatformUnderTest(Setup setup, Path dataDirectory, List<String> tlsArguments) {
        this.setup = setup;
        this.dataDirectory = dataDirectory;
        this.tlsArguments = tlsArguments;
    }

    /** Starts a fresh platform over HTTP with its data under {@code dataDirectory}. */
    public static PlatformUnderTest start(Setup setup, Path dataDirectory) {
        return start(setup, dataDirectory, List.of());
    }

    /**
     * Starts a fresh platform that speaks only https, with the PEM certificate chain and private key given, configured
     * as the platform README shows (a Spring Boot SSL bundle); {@link #url()} is then {@code https://localhost:PORT/}.
     */
    public static PlatformUnderTest startWithTls(Setup setup, Path dataDirectory, Path certificatePem, Path privateKeyPem) {
        return start(setup, dataDirectory, List.of(
                "--spring.ssl.bundle.pem.platform.keystore.certificate=file:" + certificatePem.toAbsolutePath(),
                "--spring.ssl.bundle.pem.platform.keystore.private-key=file:" + privateKeyPem.toAbsolutePath(),
                "--server.ssl.bundle=platform"));
    }

    private static PlatformUnderTest start(Setup setup, Path dataDirectory, List<String> tlsArguments) {
        PlatformUnderTest platform = new PlatformUnderTest(setup, dataDirectory, tlsArguments);
        platform.boot(0);
        if (setup == Setup.TEST_STATIONS) {
            platform.addStation(HOHHOT);
            platform.addStation(BAOTOU);
        }
        return platform;
    }

    private void boot(int requestedPort) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + requestedPort,
                "--spring.profiles.active=" + setup.profile,
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("platform").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--platform.crypto.id-hash-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "--platform.crypto.data-key=HxwdHhsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=",
                "--platform.crypto.generate-if-missing=false",
                "--platform.operator.username=" + OPERATOR,
                "--platform.operator.password=" + setup.operatorPassword,
                "--logging.level.root=WARN",
                "--logging.level.org.lingong.platform.server=WARN"));
        if (setup == Setup.DEMO) {
            arguments.addAll(List.of(
                    "--platform.crypto.key-file=" + dataDirectory.resolve("platform-keys.properties").toAbsolutePath(),
                    "--platform.demo.enabled=true",
                    "--platform.demo.seed-jobs=40"));
        } else {
            arguments.add("--platform.demo.enabled=false");
        }
        arguments.addAll(tlsArguments);
        context = new SpringApplicationBuilder(mainClass()).logStartupInfo(false).run(arguments.toArray(String[]::new));
        port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static Class<?> mainClass() {
        try {
            return Class.forName(MAIN_CLASS);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("platform-server classes are not on the test classpath: build it first "
                    + "(mvn -pl <module> -am test) and add platform-server/target/classes to surefire's "
                    + "additionalClasspathElements", e);
        }
    }

    public String url() {
        return (tlsArguments.isEmpty() ? "http://127.0.0.1:" : "https://localhost:") + port + "/";
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return context != null;
    }

    /** Stops the server (connections are refused until {@link #restart()}). */
    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    /** Starts the server again on the same port with the same database. */
    public void restart() {
        stop();
        boot(port);
    }

    @Override
    public void close() {
        stop();
    }

    // --- the operator API (HTTP Basic), as an operator's console would call it ---

    public String enrollmentCode(Station station) {
        return operator("POST", "api/v1/operator/enrollment-codes", new EnrollmentCodeRequest(station.code(), 1),
                EnrollmentCode.class).code();
    }

    public Job createJob(JobDraft draft) {
        return operator("POST", "api/v1/operator/jobs", draft, Job.class);
    }

    public Job replaceJob(long id, JobDraft draft) {
        return operator("PUT", "api/v1/operator/jobs/" + id, draft, Job.class);
    }

    /** Withdraws a job as an operator would (HTTP DELETE of the operator API, answered 204). */
    public void withdrawJob(long jobId) {
        expectNoContent(send("DELETE", "api/v1/operator/jobs/" + jobId, null), "withdrawing job " + jobId);
    }

    /** The referrals issued on the platform's current day, as the operator API lists them. */
    public List<ReferralView> referralsIssuedToday() {
        return List.of(operator("GET", "api/v1/operator/referrals", null, ReferralView[].class));
    }

    /** Revokes one terminal through the operator API. */
    public void revoke(String terminalId) {
        operator("POST", "api/v1/operator/terminals/" + terminalId + "/revoke", null, Void.class);
    }

    /** Sets a region's contact policy (a content change: the region's kiosks fetch it with their next bundle). */
    public void setContactPolicy(String regionCode, ContactPolicy policy) {
        expectNoContent(send("PUT", "api/v1/operator/regions/" + regionCode + "/contact-policy",
                "{\"contactPolicy\":\"" + policy.name() + "\"}"), "setting the contact policy");
    }

    /** The operator console's fleet page, read as a browser does: the login form (with its CSRF token), then the page. */
    public String fleetPage() {
        try {
            HttpClient browser = ConsoleLogin.logIn(url(), OPERATOR, setup.operatorPassword);
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(url() + "fleet")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200 || page.uri().getPath().endsWith("/login")) {
                throw new IllegalStateException("the fleet page did not open after logging in: HTTP " + page.statusCode());
            }
            return page.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Posts a console form as the operator does in a browser: logs in, opens {@code pagePath} for its CSRF token and
     * posts {@code fields} (form-encoded) to {@code postPath}. Returns the HTTP status (303 or 200 saved, 400 refused).
     */
    public int consoleForm(String pagePath, String postPath, java.util.Map<String, String> fields) {
        try {
            HttpClient browser = ConsoleLogin.logIn(url(), OPERATOR, setup.operatorPassword);
            String page = browser.send(HttpRequest.newBuilder(URI.create(url() + pagePath)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            StringBuilder form = new StringBuilder("_csrf=").append(encode(ConsoleLogin.csrfToken(page)));
            fields.forEach((name, value) -> form.append('&').append(encode(name)).append('=').append(encode(value)));
            return browser.send(HttpRequest.newBuilder(URI.create(url() + postPath))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A console page as the operator sees it (after logging in). */
    public String consolePage(String path) {
        try {
            HttpClient browser = ConsoleLogin.logIn(url(), OPERATOR, setup.operatorPassword);
            return browser.send(HttpRequest.newBuilder(URI.create(url() + path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private <T> T operator(String method, String path, Object body, Class<T> type) {
        HttpResponse<byte[]> response = send(method, path, body == null ? null : json.writeValueAsString(body));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("operator call " + method + " " + response.uri() + " failed: "
                    + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return type == Void.class || response.body().length == 0 ? null : json.readValue(response.body(), type);
    }

    private static void expectNoContent(HttpResponse<byte[]> response, String what) {
        if (response.statusCode() != 204) {
            throw new IllegalStateException(what + " answered " + response.statusCode());
        }
    }

    private HttpResponse<byte[]> send(String method, String path, String jsonBody) {
        String credentials = Base64.getEncoder().encodeToString(
                (OPERATOR + ":" + setup.operatorPassword).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + path))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + credentials).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("operator call " + method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // --- what the platform holds, read from its tables ---

    public void addStation(Station station) {
        jdbc().sql("INSERT INTO station (code, name, region_code, district_code, address) VALUES (?, ?, ?, ?, ?)")
                .params(station.code(), station.name(), station.regionCode(), station.districtCode(), station.address())
                .update();
    }

    /** Ids of every event the platform holds from {@code terminalId}. */
    public Set<UUID> eventIds(String terminalId) {
        return jdbc().sql("SELECT event_id FROM event_log WHERE terminal_id = ?").param(terminalId)
                .query(UUID.class).list().stream().collect(Collectors.toSet());
    }

    /** Rows in the idempotency log for {@code terminalId} (equal to {@link #eventIds} size unless the log were broken). */
    public int eventRows(String terminalId) {
        return jdbc().sql("SELECT count(*) FROM event_log WHERE terminal_id = ?").param(terminalId).query(Integer.class).single();
    }

    public List<String> workerRefs(String terminalId) {
        return jdbc().sql("SELECT worker_ref FROM worker_ref WHERE terminal_id = ? ORDER BY worker_ref").param(terminalId)
                .query(String.class).list();
    }

    /** Workers the platform holds that were first registered at {@code stationCode}. */
    public int workersFrom(String stationCode) {
        return jdbc().sql("SELECT count(*) FROM worker WHERE first_station = ?").param(stationCode)
                .query(Integer.class).single();
    }

    /** {@code WORKER_REGISTERED} events the platform accepted from {@code stationCode}. */
    public int registrationEventsFrom(String stationCode) {
        return eventsFrom(stationCode, "WORKER_REGISTERED");
    }

    /** Events of {@code type} the platform accepted from {@code stationCode}. */
    public int eventsFrom(String stationCode, String type) {
        return jdbc().sql("SELECT count(*) FROM event_log WHERE station_code = ? AND type = ?").param(stationCode)
                .param(type).query(Integer.class).single();
    }

    /** The masked name of the one worker registered at {@code stationCode}, as the platform stores it. */
    public String maskedNameOfWorkerFrom(String stationCode) {
        return jdbc().sql("SELECT name_masked FROM worker WHERE first_station = ?").param(stationCode)
                .query(String.class).single();
    }

    /** Skills, pay and status as stored, e.g. {@code G101,G601|200|UNEMPLOYED|tomorrow}. */
    public String profileOfWorkerFrom(String stationCode) {
        return jdbc().sql("SELECT skills || '|' || expected_daily_pay || '|' || employment_status || '|'"
                + " || availability FROM worker WHERE first_station = ?").param(stationCode)
                .query(String.class).single();
    }

    /** Referrals the platform holds from {@code stationCode}. */
    public int referralsFrom(String stationCode) {
        return jdbc().sql("SELECT count(*) FROM referral WHERE station_code = ?").param(stationCode)
                .query(Integer.class).single();
    }

    /** The masked names of the workers (first registered at {@code stationCode}) of each referral for {@code jobId}. */
    public List<String> referredWorkers(String stationCode, long jobId) {
        return jdbc().sql("SELECT w.name_masked FROM referral r JOIN worker w ON w.id = r.worker_id"
                + " WHERE w.first_station = ? AND r.job_id = ? ORDER BY r.issued_at").param(stationCode)
                .param(jobId).query(String.class).list();
    }

    public int terminalsOf(String stationCode) {
        return jdbc().sql("SELECT count(*) FROM terminal WHERE station_code = ?").param(stationCode)
                .query(Integer.class).single();
    }

    /** The device states in the last heartbeat from {@code stationCode}, e.g. {@code printer=ONLINE, idcard=ONLINE}. */
    public String deviceStatesOf(String stationCode) {
        return jdbc().sql("SELECT device_states FROM terminal WHERE station_code = ?").param(stationCode)
                .query(String.class).optional().orElse("");
    }

    /** Revokes every terminal of {@code stationCode} in the database (the operator API revokes one at a time). */
    public void revokeTerminalsOf(String stationCode) {
        jdbc().sql("UPDATE terminal SET revoked_at = CURRENT_TIMESTAMP WHERE station_code = ?").param(stationCode)
                .update();
    }

    /** {@code SIGN_UP}s the platform recorded from {@code stationCode} for one item, anonymous ones if asked. */
    public int signUpsFrom(String stationCode, String target, long itemId, boolean anonymousOnly) {
        return jdbc().sql("SELECT count(*) FROM sign_up WHERE station_code = ? AND target = ? AND item_id = ?"
                + (anonymousOnly ? " AND worker_id IS NULL" : "")).params(stationCode, target, itemId)
                .query(Integer.class).single();
    }

    public JdbcClient jdbc() {
        return bean(JdbcClient.class);
    }

    public <T> T bean(Class<T> type) {
        if (context == null) {
            throw new IllegalStateException("the platform is stopped");
        }
        return context.getBean(type);
    }
}
