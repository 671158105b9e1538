package org.lingong.kiosk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.kiosk.platform.RunningKioskContext.await;
import static org.lingong.kiosk.platform.RunningKioskContext.awaitPlatformWords;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.devices.idcard.sim.FictionalCards;
import org.lingong.kiosk.content.ContentSource;
import org.lingong.kiosk.content.SignUpSink;
import org.lingong.kiosk.content.SignUpState;
import org.lingong.kiosk.content.SignUps;
import org.lingong.kiosk.content.StationContent;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.registration.Availability;
import org.lingong.kiosk.registration.CardIdentity;
import org.lingong.kiosk.registration.EmploymentStatus;
import org.lingong.kiosk.registration.PayExpectation;
import org.lingong.kiosk.registration.RegistrationSink;
import org.lingong.kiosk.registration.WorkerRegistration;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.api.content.TrainingCourse;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.api.events.SignUpTarget;
import org.lingong.platform.api.events.WorkerProfile;
import org.lingong.platform.client.BackendClient;
import org.lingong.testing.platform.PlatformUnderTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The 培训 / 招聘会 data and sign-ups against the real reference platform (demo seed, demo station): the kiosk's
 * content source gives the seeded courses, fairs and 直播带岗 sessions with the time they arrived, and keeps them
 * offline; a sign-up tapped twice in one session reaches the platform's {@code sign_up} table exactly once, and one
 * made offline arrives once when the platform is back.
 */
class ContentOnPlatformTest {

    @TempDir
    Path temp;

    @Test
    void theSeededContentArrivesAndStaysOfflineAndASignUpTappedTwiceIsRecordedOnce() throws Exception {
        Instant before = Instant.now();
        try (PlatformUnderTest platform = PlatformUnderTest.start(PlatformUnderTest.Setup.DEMO, temp.resolve("platform"));
                ConfigurableApplicationContext kiosk = RunningKioskContext.start(platform.url(),
                        PlatformUnderTest.DEMO_CODE, temp.resolve("kiosk"))) {
            awaitPlatformWords(kiosk, "status.platform.connected");
            ContentSource source = kiosk.getBean(ContentSource.class);
            await("content bundle fetched", () -> source.current().isPresent());
            StationContent content = source.current().orElseThrow();
            assertThat(content.isDemo()).isFalse();
            assertThat(content.updated()).get().satisfies(at -> assertThat(at).isBetween(before, Instant.now()));
            assertThat(content.courses()).isNotEmpty();
            assertThat(content.fairs()).isNotEmpty();
            assertThat(content.liveSessions()).isNotEmpty();

            BackendClient backend = kiosk.getBean(BackendClient.class);
            long courseId = content.courses().get(0).id();
            List<SignUpState> seen = new ArrayList<>();
            SignUps session = new SignUps(kiosk.getBean(SignUpSink.class), new WorkerSession(),
                    new CurrentThreadTaskExecutor());
            session.signUp(SignUpTarget.TRAINING, courseId, seen::add);
            session.signUp(SignUpTarget.TRAINING, courseId, seen::add);
            assertThat(seen).containsExactly(SignUpState.SENDING, SignUpState.SIGNED_UP_ANONYMOUSLY,
                    SignUpState.SIGNED_UP_ANONYMOUSLY);

            await("sign-up at the platform", () -> backend.outboxStats().depth() == 0
                    && platform.signUpsFrom(PlatformUnderTest.DEMO_STATION, "TRAINING", courseId, true) == 1);
            backend.deliverNow();
            assertThat(platform.signUpsFrom(PlatformUnderTest.DEMO_STATION, "TRAINING", courseId, true)).isEqualTo(1);

            platform.stop();
            awaitPlatformWords(kiosk, "status.platform.offline");
            StationContent offline = source.current().orElseThrow();
            assertThat(offline.updated()).isEqualTo(content.updated());
            assertThat(offline.courses()).extracting(TrainingCourse::id)
                    .containsExactlyElementsOf(content.courses().stream().map(TrainingCourse::id).toList());

            long fairId = content.fairs().get(0).id();
            session.signUp(SignUpTarget.JOB_FAIR, fairId, seen::add);
            assertThat(seen).endsWith(SignUpState.SIGNED_UP_ANONYMOUSLY);
            assertThat(backend.outboxStats().depth()).isEqualTo(1);

            platform.restart();
            awaitPlatformWords(kiosk, "status.platform.connected");
            await("queued sign-up delivered", () -> backend.outboxStats().depth() == 0);
            backend.deliverNow();
            assertThat(platform.signUpsFrom(PlatformUnderTest.DEMO_STATION, "JOB_FAIR", fairId, true)).isEqualTo(1);
            assertThat(platform.signUpsFrom(PlatformUnderTest.DEMO_STATION, "TRAINING", courseId, false)).isEqualTo(1);
        }
    }

    @Test
    void anIdentifiedWorkersSignUpIsLinkedToTheWorkerAtThePlatform() throws Exception {
        try (PlatformUnderTest platform = PlatformUnderTest.start(PlatformUnderTest.Setup.DEMO, temp.resolve("platform"));
                ConfigurableApplicationContext kiosk = RunningKioskContext.start(platform.url(),
                        PlatformUnderTest.DEMO_CODE, temp.resolve("kiosk"))) {
            awaitPlatformWords(kiosk, "status.platform.connected");
            ContentSource source = kiosk.getBean(ContentSource.class);
            await("content bundle fetched", () -> source.current().isPresent());
            long sessionId = source.current().orElseThrow().liveSessions().get(0).id();
            BackendClient backend = kiosk.getBean(BackendClient.class);
            String workerRef = kiosk.getBean(RegistrationSink.class).submit(new WorkerRegistration(
                    Optional.of(CardIdentity.of(FictionalCards.RESIDENT)), "13812345678", List.of("G101"),
                    PayExpectation.FROM_200_TO_300, Availability.TOMORROW, EmploymentStatus.UNEMPLOYED,
                    Instant.now(), "consent-v1/3y"));
            WorkerSession workers = new WorkerSession();
            workers.begin(new ActiveWorker(workerRef, "王*例", "-"));
            List<SignUpState> seen = new ArrayList<>();
            SignUps session = new SignUps(kiosk.getBean(SignUpSink.class), workers, new CurrentThreadTaskExecutor());

            long started = System.nanoTime();
            session.signUp(SignUpTarget.LIVE_SESSION, sessionId, seen::add);
            await("sign-up at the platform", () -> platform.signUpsFrom(PlatformUnderTest.DEMO_STATION,
                    "LIVE_SESSION", sessionId, false) == 1);
            System.out.printf("sign-up from tap to the platform's table: %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);
            backend.deliverNow();

            assertThat(seen).containsExactly(SignUpState.SENDING, SignUpState.SIGNED_UP);
            assertThat(platform.signUpsFrom(PlatformUnderTest.DEMO_STATION, "LIVE_SESSION", sessionId, false))
                    .isEqualTo(1);
            assertThat(platform.signUpsFrom(PlatformUnderTest.DEMO_STATION, "LIVE_SESSION", sessionId, true))
                    .as("linked to the registered worker, not anonymous").isZero();

            // a worker whose registration the platform refused (no consent) is not told 已报名
            String refusedRef = "w-refused-1";
            backend.send(new EventEnvelope(UUID.randomUUID(), EventType.WORKER_REGISTERED, Instant.now(),
                    refusedRef, new WorkerProfile("110101199003071233", "王示例", "13812345678", List.of("G101"), 200,
                            "tomorrow", org.lingong.platform.api.events.EmploymentStatus.UNEMPLOYED, false, true)));
            await("the refused registration parked", () -> {
                backend.deliverSoon();
                return backend.hasParked(refusedRef);
            });
            int queuedBefore = backend.outboxStats().depth();
            WorkerSession refusedWorker = new WorkerSession();
            refusedWorker.begin(new ActiveWorker(refusedRef, "王*例", "-"));
            List<SignUpState> theirs = new ArrayList<>();
            new SignUps(kiosk.getBean(SignUpSink.class), refusedWorker, new CurrentThreadTaskExecutor())
                    .signUp(SignUpTarget.LIVE_SESSION, sessionId, theirs::add);
            assertThat(theirs).containsExactly(SignUpState.SENDING, SignUpState.REFUSED);
            assertThat(backend.outboxStats().depth()).as("nothing queued in their name").isEqualTo(queuedBefore);
        }
    }
}
