package org.lingong.kiosk.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.notice.Notice;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.recognition.KioskSecret;
import org.lingong.kiosk.recognition.KnownWorkers;
import org.lingong.kiosk.recognition.WorkerCodes;
import org.lingong.kiosk.recognition.WorkerRecognition;
import org.lingong.kiosk.search.DemoJobSearch;
import org.lingong.kiosk.search.District;
import org.lingong.kiosk.search.ReferralOutcome;
import org.lingong.kiosk.search.SearchViewModel;
import org.lingong.kiosk.session.SessionWiper;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.api.token.ReferralToken;
import org.lingong.platform.api.token.ReferralTokenCodec;
import org.lingong.platform.client.enrollment.TerminalIdentity;
import org.lingong.platform.client.referral.ReferralVerifier;

/**
 * Every kind of scanned code, routed over the demo job list, a real known-worker store and a real offline referral
 * verifier with this terminal's key.
 */
class QrScanRouterTest {

    private static final long DEMO_JOB = 9001;
    private static final String TERMINAL = "T-KIOSK-01";
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final ActiveWorker WANG = new ActiveWorker("w-0b7a4c1e-3f52-4d8e", "王*例", "110***********1233");

    @TempDir
    Path dataDir;

    @TempDir
    Path otherKioskDir;

    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    private final CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    private final ScreenNavigator navigator = new ScreenNavigator();
    private final NoticeViewModel notices = new NoticeViewModel();
    private final WorkerSession workerSession = new WorkerSession();
    private final Messages messages = new Messages(KioskLanguage.ZH_CN);
    private final AtomicInteger activity = new AtomicInteger();
    private final AtomicInteger wipes = new AtomicInteger();
    private final KeyPair terminalKeys = ed25519();
    private final AtomicReference<Optional<ReferralVerifier>> verifier = new AtomicReference<>();
    private KnownWorkers known;
    private WorkerCodes codes;
    private SearchViewModel search;
    private QrScanRouter router;

    @BeforeEach
    void setUp() {
        KioskSecret secret = KioskSecret.loadOrCreate(dataDir);
        known = KnownWorkers.open(dataDir, secret, clock);
        codes = new WorkerCodes(secret);
        DemoJobSearch jobs = DemoJobSearch.create(clock);
        search = new SearchViewModel(jobs, job -> ReferralOutcome.NOT_AVAILABLE_YET, executor, navigator, messages,
                clock, District.wholeCityOf("150102"));
        SessionWiper wiper = new SessionWiper(List.of(navigator, notices, workerSession, search));
        WorkerRecognition recognition = new WorkerRecognition(known, executor, navigator, workerSession, notices, () -> {
            wipes.incrementAndGet();
            wiper.wipe();
        });
        TerminalIdentity identity = new TerminalIdentity("http://127.0.0.1:8080/", TERMINAL, "ST-150102-001",
                "测试驿站", "150102", terminalKeys.getPublic(), terminalKeys.getPrivate());
        verifier.set(Optional.of(new ReferralVerifier(identity, null, clock)));
        SlipChecker slips = token -> verifier.get().map(v -> v.verifyOffline(token));
        router = new QrScanRouter(activity::incrementAndGet, notices, new JobOpener(jobs, search, executor, navigator,
                notices), codes, recognition, slips, executor, messages, clock);
    }

    @AfterEach
    void closeStore() {
        known.close();
    }

    private void scan(String text) {
        router.route(new Scan(text, ScanSource.SERIAL_SCANNER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LGJOB1:9001", "https://jobs.example.cn/jobs/9001", "https://example.cn:8443/zp/jobs/9001/",
            "  LGJOB1:9001\r\n"})
    void aJobCodeOpensThatJobsDetailOnTheSearchScreen(String code) {
        scan(code);

        assertThat(navigator.current()).isEqualTo(Screen.FIND_JOB);
        assertThat(search.selectedProperty().get()).hasValueSatisfying(job -> assertThat(job.id()).isEqualTo(DEMO_JOB));
        assertThat(notices.current()).isEmpty();
        assertThat(activity).hasValue(1);
    }

    @Test
    void anUnknownJobGetsACalmNoticeAndStaysOnTheScreen() {
        scan("LGJOB1:424242");

        assertThat(notices.current()).contains(Notice.JOB_GONE);
        assertThat(messages.get(Notice.JOB_GONE.titleKey())).isEqualTo("这个岗位已下架或不存在");
        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void aWorkerCodeOfThisKioskWelcomesTheWorkerAsTheirCardWould() {
        known.remember("110101199001011233", WANG);
        navigator.show(Screen.SCAN);

        scan(codes.issue(WANG.workerRef()));

        assertThat(navigator.current()).isEqualTo(Screen.FIND_JOB);
        assertThat(workerSession.current()).contains(WANG);
        assertThat(notices.current()).contains(Notice.WELCOME);
        assertThat(messages.get(Notice.WELCOME.titleKey(), notices.arguments().toArray())).isEqualTo("欢迎回来，王*例");
    }

    @Test
    void anotherWorkersCodeMidSessionWipesThePreviousSessionFirst() {
        ActiveWorker batu = new ActiveWorker("w-batu", "巴****", "150102********4511");
        known.remember("110101199001011233", WANG);
        known.remember("150102197811224511", batu);
        scan(codes.issue(WANG.workerRef()));

        scan(codes.issue(batu.workerRef()));

        assertThat(wipes).hasValue(1);
        assertThat(workerSession.current()).contains(batu);
        assertThat(navigator.current()).isEqualTo(Screen.FIND_JOB);
    }

    @Test
    void aGenuineCodeWhoseWorkerIsNoLongerKnownSaysSo() {
        scan(codes.issue("w-forgotten"));

        assertThat(notices.current()).contains(Notice.WORKER_CODE_UNKNOWN);
        assertThat(workerSession.current()).isEmpty();
    }

    @Test
    void forgedOrForeignWorkerCodesChangeNothing() {
        known.remember("110101199001011233", WANG);
        String genuine = codes.issue(WANG.workerRef());
        String mac = genuine.substring(genuine.lastIndexOf('.') + 1);
        String otherKiosk = new WorkerCodes(KioskSecret.loadOrCreate(otherKioskDir)).issue(WANG.workerRef());

        for (String forged : List.of("LGW1." + WANG.workerRef() + ".AAAAAAAAAAAAAAAAAAAAAA", otherKiosk,
                "LGW1.w-other." + mac, "LGW1.garbage")) {
            scan(forged);
            assertThat(notices.current()).as(forged).contains(Notice.CODE_NOT_USABLE);
        }
        assertThat(workerSession.current()).isEmpty();
        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "http://jobs.example.cn/jobs/9001", "https://jobs.example.cn/jobs/9001?x=1",
            "LGJOB1:abc", "LGJOB1:", "https://jobs.example.cn/job/9001", "LG1.!!!", "LG1.AQID"})
    void garbageOrForeignCodesGetOnlyACalmNotice(String code) {
        scan(code);

        assertThat(notices.current()).contains(Notice.CODE_NOT_USABLE);
        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
        assertThat(workerSession.current()).isEmpty();
    }

    @Test
    void aGenuineSlipShowsItsJobAndExpiry() {
        scan(slip(TERMINAL, terminalKeys, NOW.minusSeconds(3600), NOW.plus(Duration.ofDays(2))));

        assertThat(notices.current()).contains(Notice.SLIP_GENUINE);
        assertThat(notices.arguments()).containsExactly("小区保洁员", "2026-11-29 10:00");
        assertThat(navigator.current()).isEqualTo(Screen.ATTRACT);
    }

    @Test
    void aSlipCheckLinkIsCheckedOfflineAsItsBareTokenWouldBe() {
        scan("https://jiuye.example.gov.cn/v/" + slip(TERMINAL, terminalKeys, NOW.minusSeconds(3600), NOW.plus(Duration.ofDays(2))));

        assertThat(notices.current()).contains(Notice.SLIP_GENUINE);
        assertThat(notices.arguments()).containsExactly("小区保洁员", "2026-11-29 10:00");
    }

    @Test
    void aLinkWithAForgedTokenIsForged() {
        scan("http://127.0.0.1:8080/v/" + slip(TERMINAL, ed25519(), NOW.minusSeconds(60), NOW.plus(Duration.ofDays(1))));

        assertThat(notices.current()).contains(Notice.SLIP_FORGED);
    }

    @Test
    void anExpiredSlipSaysSo() {
        scan(slip(TERMINAL, terminalKeys, NOW.minus(Duration.ofDays(5)), NOW.minus(Duration.ofDays(3))));

        assertThat(notices.current()).contains(Notice.SLIP_EXPIRED);
        assertThat(notices.arguments()).first().isEqualTo("小区保洁员");
    }

    @Test
    void aSlipSignedByAnotherKeyInThisTerminalsNameIsForged() {
        scan(slip(TERMINAL, ed25519(), NOW.minusSeconds(60), NOW.plus(Duration.ofDays(1))));

        assertThat(notices.current()).contains(Notice.SLIP_FORGED);
    }

    @Test
    void anotherTerminalsSlipCannotBeCheckedHere() {
        scan(slip("T-OTHER-99", ed25519(), NOW.minusSeconds(60), NOW.plus(Duration.ofDays(1))));

        assertThat(notices.current()).contains(Notice.SLIP_OTHER_KIOSK);
    }

    @Test
    void withoutAnEnrolledTerminalSlipsAreNotChecked() {
        verifier.set(Optional.empty());

        scan(slip(TERMINAL, terminalKeys, NOW.minusSeconds(60), NOW.plus(Duration.ofDays(1))));

        assertThat(notices.current()).contains(Notice.SLIP_NOT_CHECKABLE);
    }

    @Test
    void kindsAreToldFromTheTextAlone() {
        assertThat(KioskCode.of("LGJOB1:7")).isEqualTo(new KioskCode.JobCode(7));
        assertThat(KioskCode.of("LGW1.x.y")).isInstanceOf(KioskCode.WorkerCode.class);
        assertThat(KioskCode.of("LG1.abc")).isInstanceOf(KioskCode.SlipToken.class);
        assertThat(KioskCode.of("https://jiuye.example.gov.cn/v/LG1.abc")).isEqualTo(new KioskCode.SlipToken("LG1.abc"));
        assertThat(KioskCode.of("https://jiuye.example.gov.cn/x/LG1.abc")).isInstanceOf(KioskCode.Other.class);
        assertThat(KioskCode.of("LGW1.w-secret-ref.mac").toString()).doesNotContain("secret");
        assertThat(KioskCode.of("LGJOB1:9999999999999999999")).as("beyond a long").isInstanceOf(KioskCode.Other.class);
    }

    private static String slip(String terminalId, KeyPair keys, Instant issuedAt, Instant expiresAt) {
        return ReferralTokenCodec.encode(new ReferralToken(UUID.randomUUID(), terminalId, DEMO_JOB, issuedAt, expiresAt),
                keys.getPrivate());
    }

    private static KeyPair ed25519() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
