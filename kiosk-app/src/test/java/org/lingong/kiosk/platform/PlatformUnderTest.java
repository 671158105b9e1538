package org.lingong.kiosk.platform;

import java.nio.file.Path;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real reference platform in this JVM, from platform-server's compiled classes (as in backend-client's tests; its
 * fat jar cannot be a classpath entry, see the pom), over HTTP on a random port, in demo mode (the demo station
 * {@code ST-150102-001} with the reusable code {@code DEMO-2026}, a few seeded jobs), with an H2 file database in a
 * temporary directory so that it can be stopped and started again on the same port with the same data. Test code
 * knows the server only by its main class name, its properties and its tables.
 */
public final class PlatformUnderTest implements AutoCloseable {

    public static final String DEMO_STATION = "ST-150102-001";
    public static final String DEMO_CODE = "DEMO-2026";

    private static final String MAIN_CLASS = "org.lingong.platform.server.PlatformServerApplication";

    private final Path dataDirectory;
    private final java.util.List<String> tlsArguments;
    private ConfigurableApplicationContext context;
    private int port;

    private PlatformUnderTest(Path dataDirectory, java.util.List<String> tlsArguments) {
        this.dataDirectory = dataDirectory;
        this.tlsArguments = tlsArguments;
    }

    public static PlatformUnderTest start(Path dataDirectory) {
        PlatformUnderTest platform = new PlatformUnderTest(dataDirectory, java.util.List.of());
        platform.boot(0);
        return platform;
    }

    /** The platform over https only (a Spring Boot SSL bundle of PEM files); {@link #url()} is https://localhost. */
    public static PlatformUnderTest startWithTls(Path dataDirectory, Path certificatePem, Path privateKeyPem) {
        PlatformUnderTest platform = new PlatformUnderTest(dataDirectory, java.util.List.of(
                "--spring.ssl.bundle.pem.platform.keystore.certificate=file:" + certificatePem.toAbsolutePath(),
                "--spring.ssl.bundle.pem.platform.keystore.private-key=file:" + privateKeyPem.toAbsolutePath(),
                "--server.ssl.bundle=platform"));
        platform.boot(0);
        return platform;
    }

    private void boot(int requestedPort) {
        java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of(
                "--server.port=" + requestedPort,
                "--spring.profiles.active=demo",
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("platform").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--platform.crypto.id-hash-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "--platform.crypto.data-key=HxwdHhsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=",
                "--platform.crypto.generate-if-missing=false",
                "--platform.crypto.key-file=" + dataDirectory.resolve("platform-keys.properties").toAbsolutePath(),
                "--platform.operator.username=operator",
                "--platform.operator.password=kiosk-test-operator",
                "--platform.demo.enabled=true",
                "--platform.demo.seed-jobs=40",
                "--logging.level.root=WARN",
                "--logging.level.org.lingong.platform.server=WARN"));
        arguments.addAll(tlsArguments);
        context = new SpringApplicationBuilder(mainClass()).logStartupInfo(false).run(arguments.toArray(String[]::new));
        port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static Class<?> mainClass() {
        try {
            return Class.forName(MAIN_CLASS);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("platform-server classes are not on the test classpath: build it first "
                    + "(mvn -pl kiosk-app -am test)", e);
        }
    }

    public String url() {
        return (tlsArguments.isEmpty() ? "http://127.0.0.1:" : "https://localhost:") + port + "/";
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

    /** Workers the platform holds that were first registered at {@code stationCode}. */
    public int workersFrom(String stationCode) {
        return jdbc().sql("SELECT count(*) FROM worker WHERE first_station = ?").param(stationCode)
                .query(Integer.class).single();
    }

    /** {@code WORKER_REGISTERED} events the platform accepted from {@code stationCode}. */
    public int registrationEventsFrom(String stationCode) {
        return jdbc().sql("SELECT count(*) FROM event_log WHERE station_code = ? AND type = 'WORKER_REGISTERED'")
                .param(stationCode).query(Integer.class).single();
    }

    /** The masked name of the one worker registered at {@code stationCode}, as the platform stores it. */
    public String maskedNameOfWorkerFrom(String stationCode) {
        return jdbc().sql("SELECT name_masked FROM worker WHERE first_station = ?").param(stationCode)
                .query(String.class).single();
    }

    /** Skills, pay and status as stored, e.g. {@code G101,G601|200|UNEMPLOYED|tomorrow}. */
    String profileOfWorkerFrom(String stationCode) {
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
    public java.util.List<String> referredWorkers(String stationCode, long jobId) {
        return jdbc().sql("SELECT w.name_masked FROM referral r JOIN worker w ON w.id = r.worker_id"
                + " WHERE w.first_station = ? AND r.job_id = ? ORDER BY r.issued_at").param(stationCode)
                .param(jobId).query(String.class).list();
    }

    /** Events of {@code type} the platform accepted from {@code stationCode}. */
    public int eventsFrom(String stationCode, String type) {
        return jdbc().sql("SELECT count(*) FROM event_log WHERE station_code = ? AND type = ?").param(stationCode)
                .param(type).query(Integer.class).single();
    }

    /** Sets a region's contact policy (a content change: the region's kiosks fetch it with their next bundle). */
    public void setContactPolicy(String regionCode, org.lingong.platform.api.content.ContactPolicy policy)
            throws Exception {
        java.net.http.HttpResponse<String> answer = operator("PUT", "api/v1/operator/regions/" + regionCode
                + "/contact-policy", "{\"contactPolicy\":\"" + policy.name() + "\"}");
        if (answer.statusCode() != 204) {
            throw new IllegalStateException("setting the contact policy answered " + answer.statusCode());
        }
    }

    /** Withdraws a job as an operator would (HTTP DELETE of the operator API). */
    public void withdrawJob(long jobId) throws Exception {
        java.net.http.HttpResponse<String> answer = operator("DELETE", "api/v1/operator/jobs/" + jobId, null);
        if (answer.statusCode() != 204) {
            throw new IllegalStateException("withdrawing job " + jobId + " answered " + answer.statusCode());
        }
    }

    /** The operator's fleet page as HTML. */
    /** The operator console's fleet page, read as a browser does: the login form (with its CSRF token), then the page. */
    public String fleetPage() throws Exception {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager()).build();
        String loginPage = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url() + "login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"")
                .matcher(loginPage);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the platform's login page");
        }
        String form = "username=operator&password=kiosk-test-operator&_csrf="
                + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8);
        browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url() + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        java.net.http.HttpResponse<String> page = browser.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url() + "fleet")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200 || page.uri().getPath().endsWith("/login")) {
            throw new IllegalStateException("the fleet page did not open after logging in: HTTP " + page.statusCode());
        }
        return page.body();
    }

    private java.net.http.HttpResponse<String> operator(String method, String path, String json) throws Exception {
        String credentials = java.util.Base64.getEncoder()
                .encodeToString("operator:kiosk-test-operator".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(url() + path))
                        .method(method, json == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                                : java.net.http.HttpRequest.BodyPublishers.ofString(json))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Basic " + credentials).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    int terminalsOf(String stationCode) {
        return jdbc().sql("SELECT count(*) FROM terminal WHERE station_code = ?").param(stationCode)
                .query(Integer.class).single();
    }

    /** The device states in the last heartbeat from {@code stationCode}, e.g. {@code printer=ONLINE, idcard=ONLINE}. */
    String deviceStatesOf(String stationCode) {
        return jdbc().sql("SELECT device_states FROM terminal WHERE station_code = ?").param(stationCode)
                .query(String.class).optional().orElse("");
    }

    /** Revokes every terminal of {@code stationCode}, as an operator would. */
    void revokeTerminalsOf(String stationCode) {
        jdbc().sql("UPDATE terminal SET revoked_at = CURRENT_TIMESTAMP WHERE station_code = ?").param(stationCode)
                .update();
    }

    /** {@code SIGN_UP}s the platform recorded from {@code stationCode} for one item, anonymous ones if asked. */
    int signUpsFrom(String stationCode, String target, long itemId, boolean anonymousOnly) {
        return jdbc().sql("SELECT count(*) FROM sign_up WHERE station_code = ? AND target = ? AND item_id = ?"
                + (anonymousOnly ? " AND worker_id IS NULL" : "")).params(stationCode, target, itemId)
                .query(Integer.class).single();
    }

    private JdbcClient jdbc() {
        if (context == null) {
            throw new IllegalStateException("the platform is stopped");
        }
        return context.getBean(JdbcClient.class);
    }

    @Override
    public void close() {
        stop();
    }
}
