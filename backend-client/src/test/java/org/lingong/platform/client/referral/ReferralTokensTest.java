package org.lingong.platform.client.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.platform.api.jobs.Job;
import org.lingong.platform.api.jobs.JobDraft;
import org.lingong.platform.api.jobs.JobStatus;
import org.lingong.platform.api.jobs.PayUnit;
import org.lingong.platform.api.referrals.VerificationStatus;
import org.lingong.platform.api.referrals.VerifyResponse;
import org.lingong.platform.api.token.ReferralTokenCodec;
import org.lingong.platform.client.outbox.DispatchReport;
import org.lingong.platform.client.outbox.DispatcherSettings;
import org.lingong.platform.client.outbox.Outbox;
import org.lingong.platform.client.outbox.OutboxDispatcher;
import org.lingong.testing.MutableClock;
import org.lingong.platform.client.testing.TestEvents;
import org.lingong.platform.client.testing.TestKiosk;
import org.lingong.testing.platform.PlatformUnderTest;

/** Referral slip tokens: issued and checked offline by the kiosk, verified online by the real platform. */
class ReferralTokensTest {

    @TempDir
    static Path platformDir;
    static PlatformUnderTest platform;
    static Job job;

    @TempDir
    Path kioskDir;
    @TempDir
    Path otherKioskDir;
    TestKiosk kiosk;
    MutableClock clock = new MutableClock(Instant.now());

    @BeforeAll
    static void startPlatform() {
        platform = PlatformUnderTest.start(PlatformUnderTest.Setup.TEST_STATIONS, platformDir);
        job = platform.createJob(new JobDraft("推荐测试保洁", "保洁", "测试物业公司", "王经理", "13800000000", "150102", "新城区",
                "测试路8号", new java.math.BigDecimal("180.00"), PayUnit.DAY, 2, java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")),
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(3), "08:00-17:00", "无", false, false, JobStatus.OPEN));
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @BeforeEach
    void enroll() {
        kiosk = TestKiosk.enroll(platform, PlatformUnderTest.HOHHOT, kioskDir);
    }

    @AfterEach
    void close() {
        kiosk.close();
    }

    ReferralVerifier verifier() {
        return new ReferralVerifier(kiosk.identity(), kiosk.client().api(), clock);
    }

    @Test
    void verifiesItsOwnTokenOfflineUntilItExpires() {
        IssuedReferral referral = new ReferralIssuer(kiosk.identity(), clock).issue(job.id(), Duration.ofDays(2));

        assertThat(verifier().verifyOffline(referral.token()))
                .isEqualTo(new OfflineVerdict(OfflineVerdict.Status.VALID, referral.claims()));
        clock.advance(Duration.ofDays(2).plusSeconds(1));
        assertThat(verifier().verifyOffline(referral.token()).status()).isEqualTo(OfflineVerdict.Status.EXPIRED);
    }

    @Test
    void recognisesForgedMalformedAndOtherTerminalsTokens() {
        IssuedReferral genuine = new ReferralIssuer(kiosk.identity(), clock).issue(job.id(), Duration.ofDays(2));
        byte[] payload = ReferralTokenCodec.payload(genuine.claims());
        payload[payload.length - 9] ^= 1;
        String forged = ReferralTokenCodec.assemble(payload, ReferralTokenCodec.decode(genuine.token()).signature());
        try (TestKiosk other = TestKiosk.enroll(platform, PlatformUnderTest.HOHHOT, otherKioskDir)) {
            String othersToken = new ReferralIssuer(other.identity(), clock).issue(job.id(), Duration.ofDays(1)).token();

            assertThat(verifier().verifyOffline(forged).status()).isEqualTo(OfflineVerdict.Status.FORGED);
            assertThat(verifier().verifyOffline("LG1.bm90LWEtdG9rZW4").status()).isEqualTo(OfflineVerdict.Status.MALFORMED);
            assertThat(verifier().verifyOffline(othersToken).status()).isEqualTo(OfflineVerdict.Status.NOT_OURS);
        }
    }

    @Test
    void thePlatformFindsAReportedTokenGenuineAndAnUnreportedOneUnknown() {
        IssuedReferral reported = new ReferralIssuer(kiosk.identity(), clock).issue(job.id(), Duration.ofDays(2));
        IssuedReferral unreported = new ReferralIssuer(kiosk.identity(), clock).issue(job.id(), Duration.ofDays(2));
        try (Outbox outbox = Outbox.open(kioskDir)) {
            outbox.append(TestEvents.workerRegistered("w-ref", 21));
            outbox.append(reported.event("w-ref", "TJ-20261205-0042", clock.instant()));
            DispatchReport report = new OutboxDispatcher(outbox, kiosk.client().api(), DispatcherSettings.defaults(), Clock.systemUTC()).flush();
            assertThat(report.delivered()).isEqualTo(2);
        }

        VerifyResponse genuine = verifier().verifyOnline(reported.token()).orElseThrow();
        VerifyResponse unknown = verifier().verifyOnline(unreported.token()).orElseThrow();

        assertThat(genuine.status()).isEqualTo(VerificationStatus.GENUINE);
        assertThat(genuine.referralId()).isEqualTo(reported.referralId());
        assertThat(genuine.workerName()).isEqualTo("测*乙");
        assertThat(unknown.status()).isEqualTo(VerificationStatus.UNKNOWN);
        assertThat(platform.referralsIssuedToday()).filteredOn(r -> r.referralId().equals(reported.referralId()))
                .singleElement().extracting(org.lingong.platform.api.referrals.ReferralView::slipNumber)
                .as("the slip number the event carried").isEqualTo("TJ-20261205-0042");
    }

    @Test
    void thePlatformFindsAnAlteredTokenForgedAndRefusesGarbage() {
        IssuedReferral genuine = new ReferralIssuer(kiosk.identity(), clock).issue(job.id(), Duration.ofDays(2));
        byte[] payload = ReferralTokenCodec.payload(genuine.claims());
        payload[payload.length - 9] ^= 1;
        String forged = ReferralTokenCodec.assemble(payload, ReferralTokenCodec.decode(genuine.token()).signature());

        assertThat(verifier().verifyOnline(forged).orElseThrow().status()).isEqualTo(VerificationStatus.FORGED);
        assertThat(verifier().verifyOnline("LG1.garbage")).isInstanceOfSatisfying(
                org.lingong.platform.client.http.ApiResult.Rejected.class,
                rejected -> assertThat(rejected.problem().status()).isEqualTo(400));
    }
}
