package org.lingong.kiosk.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.testing.MutableClock;
import org.lingong.kiosk.testing.QueuedTaskExecutor;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.api.content.JobFair;
import org.lingong.platform.api.content.LiveSession;
import org.lingong.platform.api.content.TrainingCourse;
import org.lingong.platform.api.events.SignUpTarget;

/** The 培训 / 招聘会 view models, synchronously: order, hidden past items, date words, paging, sign-ups, the wipe. */
class ContentScreenViewModelTest {

    /** Friday 27 November 2026, 10:00 in Hohhot (Asia/Shanghai). */
    private final MutableClock clock = MutableClock.atShanghai("2026-11-27T02:00:00Z");
    private final LocalDate today = LocalDate.of(2026, 11, 27);
    private final ZoneId zone = ZoneId.of("Asia/Shanghai");
    private final Messages messages = new Messages(KioskLanguage.ZH_CN);
    private final ContentTexts texts = new ContentTexts(messages, clock);
    private final ScreenNavigator navigator = new ScreenNavigator();
    private final WorkerSession workers = new WorkerSession();
    private final RecordingSink sink = new RecordingSink();
    private final AtomicReference<Optional<StationContent>> content = new AtomicReference<>(Optional.empty());

    @Test
    void coursesNotBegunComeSoonestFirstThenTheOnesUnderWayNewestStartFirstAndEndedOnesAreHidden() {
        content.set(Optional.of(courses(
                course(1, today.plusDays(10), today.plusDays(20)),
                course(2, today.minusDays(30), today.minusDays(1)),
                course(3, today, today.plusDays(5)),
                course(4, today.minusDays(3), today.plusDays(3)),
                course(5, today.minusDays(10), today),
                course(6, today.plusDays(1), today.plusDays(2)))));
        ContentScreenViewModel training = training(new CurrentThreadTaskExecutor());

        navigator.show(Screen.TRAINING);

        assertThat(training.statusProperty().get()).isEqualTo(ListStatus.SHOWN);
        assertThat(training.entries()).extracting(ContentEntry::id).containsExactly(3L, 6L, 1L, 4L, 5L);
        assertThat(training.page()).extracting(ContentEntry::id).containsExactly(3L, 6L, 1L);
        assertThat(training.pageCountProperty().get()).isEqualTo(2);
        training.previousPage();
        assertThat(training.pageIndexProperty().get()).isZero();
        training.nextPage();
        assertThat(training.page()).extracting(ContentEntry::id).containsExactly(4L, 5L);
        training.nextPage();
        assertThat(training.pageIndexProperty().get()).isEqualTo(1);
    }

    @Test
    void datesSayTodayTomorrowOrTheDateWithItsWeekdayAndFollowTheClock() {
        content.set(Optional.of(courses(course(1, today, today.plusDays(5)), course(2, today.plusDays(1), null),
                course(3, today.plusDays(6), today.plusDays(30)), course(4, today.minusDays(2), today.plusDays(1)))));
        ContentScreenViewModel training = training(new CurrentThreadTaskExecutor());
        navigator.show(Screen.TRAINING);

        assertThat(training.entries()).extracting(texts::when).containsExactly(
                "今天开课，到12月2日 周三", "明天开课", "12月3日 周四开课，到12月27日 周日", "已开课，到明天");

        clock.advance(Duration.ofDays(1));
        navigator.showAttract();
        navigator.show(Screen.TRAINING);
        assertThat(training.entries()).extracting(ContentEntry::id).containsExactly(2L, 3L, 1L, 4L);
        assertThat(texts.when(training.entries().get(0))).isEqualTo("今天开课");
        assertThat(texts.when(training.entries().get(3))).isEqualTo("已开课，到今天");

        messages.select(KioskLanguage.EN);
        assertThat(texts.when(training.entries().get(1))).isEqualTo("Starts Thu 3 Dec, until Sun 27 Dec");
        assertThat(texts.when(training.entries().get(0))).isEqualTo("Starts today");
        assertThat(texts.when(training.entries().get(3))).isEqualTo("Under way, until today");
    }

    @Test
    void aDateInAnotherYearShowsItsYear() {
        content.set(Optional.of(courses(course(1, today.plusDays(10), LocalDate.of(2027, 1, 8)))));
        ContentScreenViewModel training = training(new CurrentThreadTaskExecutor());
        navigator.show(Screen.TRAINING);

        assertThat(texts.when(training.entries().get(0))).isEqualTo("12月7日 周一开课，到2027年1月8日 周五");
        messages.select(KioskLanguage.EN);
        assertThat(texts.when(training.entries().get(0))).isEqualTo("Starts Mon 7 Dec, until Fri 8 Jan 2027");
    }

    @Test
    void fairsAndLiveSessionsAreTwoTabsOnesOnNowFirstThenSoonestAndEndedOnesHidden() {
        content.set(Optional.of(new StationContent(List.of(),
                List.of(fair(11, at(today.plusDays(1), 14), at(today.plusDays(1), 17)),
                        fair(12, at(today, 9), at(today, 12)),
                        fair(13, at(today, 8), at(today, 9))),
                List.of(live(21, at(today, 19), at(today, 20)), live(22, at(today.minusDays(1), 19), null)),
                Instant.parse("2026-11-27T01:30:00Z"))));
        ContentScreenViewModel fairs = jobFairs(new CurrentThreadTaskExecutor());
        navigator.show(Screen.JOB_FAIR);

        assertThat(fairs.tabProperty().get()).isEqualTo(SignUpTarget.JOB_FAIR);
        assertThat(fairs.entries()).extracting(ContentEntry::id).containsExactly(12L, 11L);
        assertThat(fairs.entries()).extracting(texts::when).containsExactly("正在进行，到 12:00", "明天 14:00–17:00");
        assertThat(texts.updated(fairs.updatedAtProperty().get().orElseThrow())).isEqualTo("信息更新于 09:30");
        assertThat(fairs.demoProperty().get()).isFalse();

        fairs.chooseTab(SignUpTarget.LIVE_SESSION);
        assertThat(fairs.entries()).extracting(ContentEntry::id).containsExactly(21L);
        assertThat(texts.when(fairs.entries().get(0))).isEqualTo("今天 19:00–20:00");
        clock.advance(Duration.ofHours(9).plusMinutes(30));
        assertThat(texts.when(fairs.entries().get(0))).isEqualTo("正在直播，到 20:00");

        clock.advance(Duration.ofDays(1));
        assertThat(texts.updated(fairs.updatedAtProperty().get().orElseThrow())).isEqualTo("信息更新于 11月27日 周五 09:30");
    }

    @Test
    void noBundleYetNothingUpcomingAndAFailedReadEachSayTheirOwnThing() {
        ContentScreenViewModel training = training(new CurrentThreadTaskExecutor());
        navigator.show(Screen.TRAINING);
        assertThat(training.statusProperty().get()).isEqualTo(ListStatus.NO_CONTENT_YET);
        assertThat(training.page()).isEmpty();

        content.set(Optional.of(courses(course(1, today.minusDays(9), today.minusDays(1)))));
        training.load();
        assertThat(training.statusProperty().get()).isEqualTo(ListStatus.NONE_UPCOMING);

        ContentScreenViewModel failing = new ContentScreenViewModel(Screen.TRAINING, List.of(SignUpTarget.TRAINING),
                () -> {
                    throw new IOException("unreadable");
                }, signUps(new CurrentThreadTaskExecutor()), new CurrentThreadTaskExecutor(), navigator, clock);
        failing.load();
        assertThat(failing.statusProperty().get()).isEqualTo(ListStatus.FAILED);
    }

    @Test
    void tappingSignUpTwiceSendsOnceAnonymousUntilAWorkerIsIdentified() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        content.set(Optional.of(courses(course(1, today.plusDays(1), null), course(2, today.plusDays(2), null))));
        ContentScreenViewModel training = training(executor);
        navigator.show(Screen.TRAINING);
        executor.runAll();

        training.open(training.page().get(0));
        training.signUp();
        training.signUp();
        assertThat(training.signUpStateProperty().get()).isEqualTo(SignUpState.SENDING);
        executor.runAll();
        training.signUp();
        executor.runAll();

        assertThat(sink.sent).containsExactly("TRAINING 1 anonymous");
        assertThat(training.signUpStateProperty().get()).isEqualTo(SignUpState.SIGNED_UP_ANONYMOUSLY);
        assertThat(messages.get("content.signUp.anonymous")).isEqualTo("已记录。想让工作人员联系您，请先刷身份证登记。");

        training.closeDetail();
        training.open(training.page().get(0));
        assertThat(training.signUpStateProperty().get()).isEqualTo(SignUpState.SIGNED_UP_ANONYMOUSLY);

        workers.begin(new ActiveWorker("w-0001", "王*例", "-"));
        training.open(training.page().get(1));
        assertThat(training.signUpStateProperty().get()).isEqualTo(SignUpState.NONE);
        training.signUp();
        executor.runAll();
        assertThat(sink.sent).containsExactly("TRAINING 1 anonymous", "TRAINING 2 w-0001");
        assertThat(training.signUpStateProperty().get()).isEqualTo(SignUpState.SIGNED_UP);
    }

    @Test
    void theSessionsSignUpsOutliveATabChangeButNotTheWipe() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        content.set(Optional.of(new StationContent(List.of(), List.of(fair(11, at(today, 14), at(today, 17))),
                List.of(), Instant.parse("2026-11-27T01:30:00Z"))));
        SignUps session = signUps(executor);
        ContentScreenViewModel fairs = new ContentScreenViewModel(Screen.JOB_FAIR,
                List.of(SignUpTarget.JOB_FAIR, SignUpTarget.LIVE_SESSION), content::get, session, executor, navigator,
                clock);
        navigator.show(Screen.JOB_FAIR);
        fairs.open(fairs.page().get(0));
        fairs.signUp();
        fairs.chooseTab(SignUpTarget.LIVE_SESSION);
        assertThat(session.stateOf(SignUpTarget.JOB_FAIR, 11)).isEqualTo(SignUpState.SIGNED_UP_ANONYMOUSLY);

        session.clearSession();
        fairs.clearSession();

        assertThat(fairs.tabProperty().get()).isEqualTo(SignUpTarget.JOB_FAIR);
        assertThat(fairs.selectedProperty().get()).isEmpty();
        assertThat(session.stateOf(SignUpTarget.JOB_FAIR, 11)).isEqualTo(SignUpState.NONE);
        fairs.open(fairs.page().get(0));
        fairs.signUp();
        assertThat(sink.sent).containsExactly("JOB_FAIR 11 anonymous", "JOB_FAIR 11 anonymous");
    }

    @Test
    void anAnswerArrivingAfterTheWipeIsDroppedAndAFailureMayBeTriedAgain() {
        QueuedTaskExecutor executor = new QueuedTaskExecutor();
        content.set(Optional.of(courses(course(1, today.plusDays(1), null))));
        SignUps session = signUps(executor);
        ContentScreenViewModel training = new ContentScreenViewModel(Screen.TRAINING, List.of(SignUpTarget.TRAINING),
                content::get, session, executor, navigator, clock);
        navigator.show(Screen.TRAINING);
        executor.runAll();
        training.open(training.page().get(0));
        training.signUp();
        session.clearSession();
        training.clearSession();
        executor.runAll();
        assertThat(session.stateOf(SignUpTarget.TRAINING, 1)).isEqualTo(SignUpState.NONE);

        sink.failing = true;
        training.open(training.page().get(0));
        training.signUp();
        executor.runAll();
        assertThat(training.signUpStateProperty().get()).isEqualTo(SignUpState.FAILED);
        sink.failing = false;
        training.signUp();
        executor.runAll();
        assertThat(training.signUpStateProperty().get()).isEqualTo(SignUpState.SIGNED_UP_ANONYMOUSLY);
    }

    @Test
    void aWorkerThePlatformAlreadyRefusedIsNotToldSignedUpAndCannotTapAgain() {
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
        content.set(Optional.of(courses(course(1, today.plusDays(1), null))));
        SignUps session = signUps(executor);
        ContentScreenViewModel training = new ContentScreenViewModel(Screen.TRAINING, List.of(SignUpTarget.TRAINING),
                content::get, session, executor, navigator, clock);
        navigator.show(Screen.TRAINING);
        training.open(training.page().get(0));
        sink.refusing = true;

        training.signUp();

        assertThat(training.signUpStateProperty().get()).isEqualTo(SignUpState.REFUSED);
        assertThat(sink.sent).isEmpty();
        sink.refusing = false;
        training.signUp();
        assertThat(training.signUpStateProperty().get()).as("staff must see to it first").isEqualTo(SignUpState.REFUSED);
    }

    @Test
    void theDemoListIsMarkedAsDemoAndHidesItsPastItems() throws IOException {
        StationContent demo = new DemoContent(clock).current().orElseThrow();
        assertThat(demo.isDemo()).isTrue();
        LocalDateTime now = LocalDateTime.now(clock);
        assertThat(ContentEntries.of(SignUpTarget.TRAINING, demo, now, zone)).hasSize(3);
        assertThat(ContentEntries.of(SignUpTarget.JOB_FAIR, demo, now, zone)).hasSize(3);
        assertThat(ContentEntries.of(SignUpTarget.LIVE_SESSION, demo, now, zone)).hasSize(2);
    }

    private ContentScreenViewModel training(TaskExecutor executor) {
        return new ContentScreenViewModel(Screen.TRAINING, List.of(SignUpTarget.TRAINING), content::get,
                signUps(executor), executor, navigator, clock);
    }

    private ContentScreenViewModel jobFairs(TaskExecutor executor) {
        return new ContentScreenViewModel(Screen.JOB_FAIR, List.of(SignUpTarget.JOB_FAIR, SignUpTarget.LIVE_SESSION),
                content::get, signUps(executor), executor, navigator, clock);
    }

    private SignUps signUps(TaskExecutor executor) {
        return new SignUps(sink, workers, executor);
    }

    private StationContent courses(TrainingCourse... courses) {
        return new StationContent(List.of(courses), List.of(), List.of(), Instant.parse("2026-11-27T01:30:00Z"));
    }

    private static TrainingCourse course(long id, LocalDate start, @Nullable LocalDate end) {
        return new TrainingCourse(id, "课程" + id, "培训学校", "新华大街", start, end, id % 2 == 0, "说明");
    }

    private static JobFair fair(long id, Instant start, @Nullable Instant end) {
        return new JobFair(id, "招聘会" + id, "人社局", "人力资源市场", start, end, "说明");
    }

    private static LiveSession live(long id, Instant start, @Nullable Instant end) {
        return new LiveSession(id, "直播" + id, "驿站", "抖音", start, end, "说明");
    }

    private Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(zone).toInstant();
    }

    /** The sign-up port as a list of what was sent. */
    private static final class RecordingSink implements SignUpSink {

        final List<String> sent = new ArrayList<>();
        boolean failing;
        boolean refusing;

        @Override
        public void send(SignUpTarget target, long itemId, @Nullable String workerRef) throws IOException,
                WorkerRefused {
            if (failing) {
                throw new IOException("disk full");
            }
            if (refusing) {
                throw new WorkerRefused("refused earlier");
            }
            sent.add(target + " " + itemId + " " + (workerRef == null ? "anonymous" : workerRef));
        }
    }
}
