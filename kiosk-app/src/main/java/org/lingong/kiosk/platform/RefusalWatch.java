package org.lingong.kiosk.platform;

import java.util.Set;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.notice.Notice;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.worker.WorkerSession;

/**
 * Makes a refusal known as soon as the outbox sync that got it ends, not only at the next heartbeat or 确认报名: staff
 * get the alert in words at once, and when the refused record is the worker's at the kiosk now (e.g. the registration
 * they just finished), the worker is told to see staff ({@link Notice#RECORD_REFUSED}) over whatever screen they are
 * on, so no "done" stands for something the platform refused. Runs on the dispatcher's thread; the session is read
 * on the JavaFX thread.
 */
public final class RefusalWatch {

    private final RefusedEvents refused;
    private final WorkerSession session;
    private final NoticeViewModel notices;
    private final TaskExecutor executor;

    public RefusalWatch(RefusedEvents refused, WorkerSession session, NoticeViewModel notices, TaskExecutor executor) {
        this.refused = refused;
        this.session = session;
        this.notices = notices;
        this.executor = executor;
    }

    /** After a sync that parked events (blocking: reads the outbox). */
    public void refusalsArrived() {
        refused.current();
        Set<String> workers = refused.refusedWorkers();
        executor.runOnUiThread(() -> session.current().filter(worker -> workers.contains(worker.workerRef()))
                .ifPresent(worker -> notices.show(Notice.RECORD_REFUSED)));
    }
}
