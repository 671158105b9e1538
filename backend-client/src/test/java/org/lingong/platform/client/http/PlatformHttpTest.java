package org.lingong.platform.client.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.platform.api.enrollment.EnrollmentRequest;
import org.lingong.platform.api.events.EventBatchResult;
import org.lingong.platform.api.events.EventOutcome;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobDraft;
import org.lingong.platform.api.jobs.JobStatus;
import org.lingong.platform.api.jobs.JobSyncPage;
import org.lingong.platform.api.jobs.PayUnit;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.client.testing.FaultProxy;
import org.lingong.platform.client.testing.TestEvents;
import org.lingong.platform.client.testing.TestKiosk;
import org.lingong.testing.platform.PlatformUnderTest;
import org.slf4j.LoggerFactory;

/** The typed API client against the real platform: signatures, problems, retries, JSON shapes, log redaction. */
class PlatformHttpTest {

    @TempDir
    static Path platformDir;
    @TempDir
    static Path kioskDir;
    static PlatformUnderTest platform;
    static TestKiosk kiosk;

    @BeforeAll
    static void start() {
        platform = PlatformUnderTest.start(PlatformUnderTest.Setup.TEST_STATIONS, platformDir);
        kiosk = TestKiosk.enroll(platform, PlatformUnderTest.HOHHOT, kioskDir);
    }

    @AfterAll
    static void stop() {
        kiosk.close();
        platform.close();
    }

    @Test
    void readsJobsWithTheServersDateDecimalAndEnumShapes() {
        JobDraft draft = new JobDraft("形状测试小时工", "保洁", "测试物业公司", "王经理", "13800000000", "150102", "新城区",
                "测试路8号", new BigDecimal("23.50"), PayUnit.HOUR, 2, LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 31),
                "08:00-12:00", "无", true, true, JobStatus.OPEN);
        Job created = platform.createJob(draft);

        JobSyncPage page = kiosk.client().api().jobChanges("0", 500).orElseThrow();

        Job synced = page.jobs().stream().filter(j -> j.id() == created.id()).findFirst().orElseThrow();
        assertThat(synced.payAmount()).isEqualByComparingTo("23.50");
        assertThat(synced.payUnit()).isEqualTo(PayUnit.HOUR);
        assertThat(synced.startDate()).isEqualTo(LocalDate.of(2026, 12, 24));
        assertThat(synced.updatedAt()).isNotNull();
        assertThat(synced.mealsProvided()).isTrue();
    }

    @Test
    void aRefusedCallCarriesThePlatformsProblem() {
        ApiResult<JobSyncPage> result = kiosk.client().api().jobChanges("0", 100_000);

        assertThat(result).isInstanceOfSatisfying(ApiResult.Rejected.class, rejected -> {
            assertThat(rejected.problem().status()).isEqualTo(400);
            assertThat(rejected.problem().reason()).isEqualTo("invalid-parameter");
        });
    }

    @Test
    void aSignedCallWithoutAnIdentityIsRefusedLocallyWithoutSendingAnything() throws Exception {
        try (FaultProxy proxy = new FaultProxy(platform.port());
             PlatformClient anonymous = PlatformClient.create(proxy.url())) {
            proxy.inject(FaultProxy.Fault.ANSWER_503, 1);

            assertThat(anonymous.api().content()).isInstanceOfSatisfying(ApiResult.Rejected.class,
                    rejected -> assertThat(rejected.problem().reason()).isEqualTo(PlatformHttp.NOT_ENROLLED));
            assertThat(proxy.injected()).isZero();
        }
    }

    @Test
    void retriesIdempotentCallsButNeverEnrollment() throws Exception {
        try (FaultProxy proxy = new FaultProxy(platform.port());
             PlatformClient client = PlatformClient.create(proxy.url(), HttpSettings.defaults().withAttempts(3, Duration.ofMillis(10)))) {
            client.useSigner(kiosk.terminalId(), kiosk.identity().signer(java.time.Clock.systemUTC()));
            proxy.inject(FaultProxy.Fault.ANSWER_503, 2);
            assertThat(client.api().jobChanges("0", 1).isSuccess()).isTrue();
            assertThat(proxy.injected()).isEqualTo(2);

            proxy.inject(FaultProxy.Fault.ANSWER_503, 1);
            ApiResult<?> enrollment = client.api().enroll(new EnrollmentRequest(PlatformUnderTest.HOHHOT.code(),
                    platform.enrollmentCode(PlatformUnderTest.HOHHOT), Ed25519Keys.encodePublicKey(Ed25519Keys.generate().getPublic()), "1.0"));
            assertThat(enrollment).isInstanceOfSatisfying(ApiResult.Unavailable.class, u -> {
                assertThat(u.cause()).isEqualTo(ApiResult.Cause.SERVER_ERROR);
                assertThat(u.httpStatus()).isEqualTo(503);
            });
            assertThat(proxy.injected()).isEqualTo(3);
        }
    }

    @Test
    void logsNeitherPersonalDataNorSignatures() {
        Logger logger = (Logger) LoggerFactory.getLogger(RedactingLogInterceptor.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        Level previous = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.addAppender(appender);
        try {
            EventBatchResult result = kiosk.client().api().sendEvents(List.of(TestEvents.workerRegistered("w-log", 31))).orElseThrow();
            kiosk.client().api().jobChanges("0", 100_000);
            assertThat(result.results()).extracting(r -> r.outcome()).containsExactly(EventOutcome.ACCEPTED);
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(previous);
        }

        List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).anyMatch(line -> line.contains("POST /api/v1/events/batch"))
                .anyMatch(line -> line.contains("X-Request-Id="))
                .anyMatch(line -> line.contains("<-- 400 GET /api/v1/jobs?since=0&limit=100000"));
        assertThat(String.join("\n", lines)).doesNotContain(TestEvents.idNumber(31)).doesNotContain(TestEvents.FICTIONAL_NAME)
                .doesNotContain("13900001234").contains("X-Lingong-Signature=██").contains("X-Lingong-Nonce=██");
    }
}
