package org.lingong.platform.client.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lingong.platform.api.enrollment.EnrollmentCode;
import org.lingong.platform.api.enrollment.EnrollmentCodeRequest;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobDraft;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The real reference platform, started in this JVM from platform-server's compiled classes (its
 * Spring Boot fat jar cannot be a classpath entry; see the pom), over HTTP on a random port, with
 * an H2 file database in a temporary directory so that it can be stopped and started again on the
 * same port with the same data. Test code knows the server only by its main class name, its HTTP
 * operator API and its database tables (stations have no HTTP endpoint): no compile-time dependency
 * on platform-server classes.
 */
public final class PlatformUnderTest implements AutoCloseable {

    /** 呼和浩特市新城区 (region 1501). */
    public static final Station HOHHOT = new Station("NM-150102-C01", "新城区客户端测试驿站", "1501", "150102", "新城区测试路1号");
    /** 包头市昆都仑区 (region 1502). */
    public static final Station BAOTOU = new Station("NM-150203-C01", "昆都仑区客户端测试驿站", "1502", "150203", "昆区测试路2号");
    public static final String OPERATOR = "operator";
    public static final String OPERATOR_PASSWORD = "client-test-operator";

    private static final String MAIN_CLASS = "org.lingong.platform.server.PlatformServerApplication";

    private final Path dataDirectory;
    private final List<String> extraArguments;
    private ConfigurableApplicationContext context;
    private OperatorConsole operator;
    private int port;

    private PlatformUnderTest(Path dataDirectory, List<String> extraArguments) {
        this.dataDirectory = dataDirectory;
        this.extraArguments = extraArguments;
    }

    /** Starts a fresh platform with the two test stations. */
    public static PlatformUnderTest start(Path dataDirectory) {
        return start(dataDirectory, List.of());
    }

    /**
     * Starts a fresh platform that speaks only https, with the PEM certificate chain and private key given, configured
     * as the platform README shows (a Spring Boot SSL bundle); {@link #url()} is then {@code https://localhost:PORT/}.
     */
    public static PlatformUnderTest startWithTls(Path dataDirectory, Path certificatePem, Path privateKeyPem) {
        return start(dataDirectory, List.of(
                "--spring.ssl.bundle.pem.platform.keystore.certificate=file:" + certificatePem.toAbsolutePath(),
                "--spring.ssl.bundle.pem.platform.keystore.private-key=file:" + privateKeyPem.toAbsolutePath(),
                "--server.ssl.bundle=platform"));
    }

    private static PlatformUnderTest start(Path dataDirectory, List<String> extraArguments) {
        PlatformUnderTest platform = new PlatformUnderTest(dataDirectory, extraArguments);
        platform.boot(0);
        platform.addStation(HOHHOT);
        platform.addStation(BAOTOU);
        return platform;
    }

    private void boot(int requestedPort) {
        List<String> arguments = new java.util.ArrayList<>(List.of(
                "--server.port=" + requestedPort,
                "--spring.profiles.active=client-test",
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("platform").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--platform.crypto.id-hash-key=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "--platform.crypto.data-key=HxwdHhsaGRgXFhUUExIREA8ODQwLCgkIBwYFBAMCAQA=",
                "--platform.crypto.generate-if-missing=false",
                "--platform.operator.username=" + OPERATOR,
                "--platform.operator.password=" + OPERATOR_PASSWORD,
                "--platform.demo.enabled=false",
                "--logging.level.root=WARN",
                "--logging.level.org.lingong.platform.server=WARN"));
        arguments.addAll(extraArguments);
        context = new SpringApplicationBuilder(mainClass()).logStartupInfo(false).run(arguments.toArray(String[]::new));
        port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        operator = new OperatorConsole(url(), OPERATOR, OPERATOR_PASSWORD);
    }

    private static Class<?> mainClass() {
        try {
            return Class.forName(MAIN_CLASS);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("platform-server classes are not on the test classpath: build it first "
                    + "(mvn -pl backend-client -am test)", e);
        }
    }

    public void addStation(Station station) {
        jdbc().sql("INSERT INTO station (code, name, region_code, district_code, address) VALUES (?, ?, ?, ?, ?)")
                .params(station.code(), station.name(), station.regionCode(), station.districtCode(), station.address())
                .update();
    }

    public String url() {
        return extraArguments.isEmpty() ? "http://127.0.0.1:" + port + "/" : "https://localhost:" + port + "/";
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
            operator.close();
        }
    }

    /** Starts the server again on the same port with the same database. */
    public void restart() {
        stop();
        boot(port);
    }

    public String enrollmentCode(Station station) {
        return operator.post("/api/v1/operator/enrollment-codes", new EnrollmentCodeRequest(station.code(), 1), EnrollmentCode.class).code();
    }

    public Job createJob(JobDraft draft) {
        return operator.post("/api/v1/operator/jobs", draft, Job.class);
    }

    public Job replaceJob(long id, JobDraft draft) {
        return operator.put("/api/v1/operator/jobs/" + id, draft, Job.class);
    }

    public void deleteJob(long id) {
        operator.delete("/api/v1/operator/jobs/" + id);
    }

    /** The referrals issued on the platform's current day, as the operator API lists them. */
    public java.util.List<org.lingong.platform.api.referrals.ReferralView> referralsIssuedToday() {
        return java.util.List.of(operator.get("/api/v1/operator/referrals",
                org.lingong.platform.api.referrals.ReferralView[].class));
    }

    public void revoke(String terminalId) {
        operator.post("/api/v1/operator/terminals/" + terminalId + "/revoke", null, Void.class);
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

    public JdbcClient jdbc() {
        return bean(JdbcClient.class);
    }

    public <T> T bean(Class<T> type) {
        if (context == null) {
            throw new IllegalStateException("the platform is stopped");
        }
        return context.getBean(type);
    }

    @Override
    public void close() {
        stop();
    }
}
