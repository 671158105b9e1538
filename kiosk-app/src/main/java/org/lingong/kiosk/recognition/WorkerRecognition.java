package org.lingong.kiosk.recognition;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.notice.Notice;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.WorkerSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What recognising a known worker does, whether by ID card or by worker code: looks the worker up in
 * {@link KnownWorkers} off the JavaFX thread, and {@link #welcome welcomes} them: the search screen opens FIRST, then
 * the {@link WorkerSession} begins (the referral flow listens to {@code begin} to resume a pending 我要报名 and must
 * have the last word on navigation), then a calm "欢迎回来，张*明".
 *
 * <p>A session belongs to one person: when another worker is recognised mid-session, the old session is wiped first
 * ({@code freshSession}: the same wipe as the idle timeout) and a new one starts.
 *
 * <p>Threading: JavaFX thread only; look-ups answer on it. Logs no personal data (not even the reference).
 */
public final class WorkerRecognition {

    private static final Logger log = LoggerFactory.getLogger(WorkerRecognition.class);

    private final KnownWorkers known;
    private final TaskExecutor executor;
    private final ScreenNavigator navigator;
    private final WorkerSession session;
    private final NoticeViewModel notices;
    private final Runnable freshSession;

    /** @param freshSession wipes the current session and starts a new one (the idle wipe, then a touch) */
    public WorkerRecognition(KnownWorkers known, TaskExecutor executor, ScreenNavigator navigator,
            WorkerSession session, NoticeViewModel notices, Runnable freshSession) {
        this.known = known;
        this.executor = executor;
        this.navigator = navigator;
        this.session = session;
        this.notices = notices;
        this.freshSession = freshSession;
    }

    /** Looks up the holder of {@code idNumber}; {@code answer} gets empty for an unknown card or a store failure. */
    public void byIdNumber(String idNumber, Consumer<Optional<ActiveWorker>> answer) {
        lookUp(() -> known.byIdNumber(idNumber), answer);
    }

    /** Looks up the worker of a (verified) worker-code reference. */
    public void byWorkerRef(String workerRef, Consumer<Optional<ActiveWorker>> answer) {
        lookUp(() -> known.byWorkerRef(workerRef), answer);
    }

    /** Whether someone other than {@code worker} (or than an unknown person, when empty) is this session's worker. */
    public boolean sessionBelongsToAnother(Optional<ActiveWorker> worker) {
        return session.current()
                .map(current -> worker.map(w -> !w.workerRef().equals(current.workerRef())).orElse(true))
                .orElse(false);
    }

    /** Wipes the current session and starts a new one: a different person is at the kiosk. */
    public void startFreshSession() {
        log.info("A different worker mid-session: the previous session is wiped first");
        freshSession.run();
    }

    /**
     * Makes {@code worker} this session's worker on the search screen, with a welcome notice. If a pending 我要报名
     * takes over when the session learns the worker (the referral screen opens), that screen greets them instead.
     */
    public void welcome(ActiveWorker worker) {
        if (sessionBelongsToAnother(Optional.of(worker))) {
            startFreshSession();
        }
        if (navigator.current() != Screen.FIND_JOB) {
            navigator.show(Screen.FIND_JOB);
        }
        if (session.current().isEmpty()) {
            session.begin(worker);
        }
        if (navigator.current() == Screen.FIND_JOB) {
            notices.show(Notice.WELCOME, List.of(worker.maskedName()));
        }
    }

    private void lookUp(Callable<Optional<ActiveWorker>> query, Consumer<Optional<ActiveWorker>> answer) {
        executor.submit(query, answer, error -> {
            log.warn("Known-worker look-up failed ({}): treated as unknown", error.getClass().getSimpleName());
            answer.accept(Optional.empty());
        });
    }
}
