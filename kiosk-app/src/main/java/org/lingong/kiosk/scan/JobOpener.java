package org.lingong.kiosk.scan;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.notice.Notice;
import org.lingong.kiosk.notice.NoticeViewModel;
import org.lingong.kiosk.search.JobSearch;
import org.lingong.kiosk.search.SearchViewModel;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.platform.api.jobs.Job;

/**
 * Opens a job named by a scanned code: the search screen with the job's detail, or, when the catalog does not hold
 * the job, the calm "这个岗位已下架或不存在". Also tells a slip's job title. JavaFX thread only; the catalog is read
 * through the {@link TaskExecutor}.
 */
public final class JobOpener {

    private final JobSearch jobs;
    private final SearchViewModel search;
    private final TaskExecutor executor;
    private final ScreenNavigator navigator;
    private final NoticeViewModel notices;

    public JobOpener(JobSearch jobs, SearchViewModel search, TaskExecutor executor, ScreenNavigator navigator,
            NoticeViewModel notices) {
        this.jobs = jobs;
        this.search = search;
        this.executor = executor;
        this.navigator = navigator;
        this.notices = notices;
    }

    public void open(long jobId) {
        executor.submit(() -> jobs.job(jobId), found -> {
            if (found.isEmpty()) {
                notices.show(Notice.JOB_GONE);
                return;
            }
            navigator.show(Screen.FIND_JOB);
            search.open(jobId);
        }, error -> notices.show(Notice.JOB_GONE));
    }

    /** The job's title, or {@code fallback} when the catalog does not hold it. Blocking: call it in the background. */
    public String titleOf(long jobId, String fallback) {
        return jobs.job(jobId).map(Job::title).orElse(fallback);
    }
}
