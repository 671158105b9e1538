package org.lingong.kiosk.referral;

import java.util.Optional;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.jspecify.annotations.Nullable;
import org.lingong.devices.printer.ReferralSlip;
import org.lingong.devices.printer.codec.PrinterCondition;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.api.jobs.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * View model of the referral screen. 我要报名 ({@link #request}) opens it for a known worker; for an unknown one the
 * job waits as the pending referral while the worker identifies on the registration screen, and the screen opens as
 * soon as {@link WorkerSession} names a worker (with the banner "身份已确认", in place of the registration summary).
 * 确认报名 issues, queues, archives and prints through the {@link ReferralDesk}, once however often it is tapped.
 * A worker who already holds a valid slip for the job gets "您已经报过名" with that slip ({@link ReferralStage#ALREADY_ISSUED},
 * found when the screen opens, or by the desk on 确认报名) and may print it again ({@link #reprint()}); no second slip.
 * Everything is forgotten when the session is wiped. JavaFX thread only.
 */
public final class ReferralViewModel implements SessionScoped {

    private static final Logger log = LoggerFactory.getLogger(ReferralViewModel.class);

    private final ReferralDesk desk;
    private final WorkerSession workerSession;
    private final TaskExecutor executor;
    private final ScreenNavigator navigator;
    private final Runnable endSession;
    private final Runnable backToResults;

    private final ReadOnlyObjectWrapper<ReferralStage> stage = new ReadOnlyObjectWrapper<>(this, "stage", ReferralStage.NONE);
    private final ReadOnlyObjectWrapper<@Nullable Job> job = new ReadOnlyObjectWrapper<>(this, "job", null);
    private final ReadOnlyObjectWrapper<@Nullable ActiveWorker> worker = new ReadOnlyObjectWrapper<>(this, "worker", null);
    private final ReadOnlyObjectWrapper<@Nullable ReferralSlip> slip = new ReadOnlyObjectWrapper<>(this, "slip", null);
    private final ReadOnlyObjectWrapper<Optional<PrinterCondition>> notPrintedBecause =
            new ReadOnlyObjectWrapper<>(this, "notPrintedBecause", Optional.empty());
    private final ReadOnlyBooleanWrapper justIdentified = new ReadOnlyBooleanWrapper(this, "justIdentified", false);
    private final ReadOnlyObjectWrapper<@Nullable Job> pending = new ReadOnlyObjectWrapper<>(this, "pending");
    private long generation;

    /**
     * @param endSession    完成: ends the session (wipes it)
     * @param backToResults 继续找工作: the job search's result list
     */
    public ReferralViewModel(ReferralDesk desk, WorkerSession workerSession, TaskExecutor executor,
            ScreenNavigator navigator, Runnable endSession, Runnable backToResults) {
        this.desk = desk;
        this.workerSession = workerSession;
        this.executor = executor;
        this.navigator = navigator;
        this.endSession = endSession;
        this.backToResults = backToResults;
        workerSession.activeProperty().addListener((obs, old, now) -> workerIdentified(now));
        navigator.currentProperty().addListener((obs, old, now) -> {
            if (now == Screen.ATTRACT) {
                pending.set(null);
            }
        });
    }

    /** 我要报名 on a job: the referral screen for a known worker, else identification first. */
    public void request(Job chosen) {
        if (!desk.configured()) {
            open(chosen, null, ReferralStage.UNAVAILABLE, false);
            return;
        }
        Optional<ActiveWorker> known = workerSession.current();
        if (known.isPresent()) {
            open(chosen, known.get(), ReferralStage.CONFIRM, false);
        } else {
            pending.set(chosen);
            log.info("Referral pending until the worker is identified");
            navigator.show(Screen.REGISTER);
        }
    }

    /** 确认报名: issues and prints once; further taps while issuing or afterwards do nothing. */
    public void confirm() {
        Job chosen = job.get();
        ActiveWorker forWorker = worker.get();
        if (stage.get() != ReferralStage.CONFIRM || chosen == null || forWorker == null) {
            return;
        }
        stage.set(ReferralStage.ISSUING);
        long requested = generation;
        executor.submit(() -> desk.issueAndPrint(chosen, forWorker), outcome -> {
            if (requested == generation && outcome.issuedBefore()) {
                showEarlier(outcome.slip());
            } else if (requested == generation) {
                slip.set(outcome.slip());
                notPrintedBecause.set(outcome.notPrintedBecause());
                stage.set(outcome.printed() ? ReferralStage.PRINTED : ReferralStage.NOT_PRINTED);
            }
        }, error -> {
            if (requested == generation) {
                log.warn("Referral not issued: {}", error.toString());
                stage.set(error instanceof ReferralUnavailableException ? ReferralStage.UNAVAILABLE
                        : error instanceof WorkerRefusedException ? ReferralStage.REFUSED : ReferralStage.FAILED);
            }
        });
    }

    /** 补打 on "您已经报过名": the same slip again; printed → 请取走推荐单, else its QR on screen. */
    public void reprint() {
        ReferralSlip earlier = slip.get();
        if (stage.get() != ReferralStage.ALREADY_ISSUED || earlier == null) {
            return;
        }
        stage.set(ReferralStage.ISSUING);
        long requested = generation;
        executor.submit(() -> desk.reprint(earlier.slipNumber()), result -> {
            if (requested == generation) {
                stage.set(switch (result) {
                    case PRINTED -> ReferralStage.PRINTED;
                    case PRINTER_NOT_READY -> ReferralStage.NOT_PRINTED;
                    case UNKNOWN_SLIP -> ReferralStage.FAILED;
                });
            }
        }, error -> {
            if (requested == generation) {
                log.warn("Slip not reprinted: {}", error.toString());
                stage.set(ReferralStage.FAILED);
            }
        });
    }

    /** 返回: back to the job's detail (nothing was issued). */
    public void back() {
        if (stage.get() == ReferralStage.ISSUING) {
            return;
        }
        forgetReferral();
        navigator.show(Screen.FIND_JOB);
    }

    /** 继续找工作 after a slip: the result list; the worker stays known for the next 我要报名. */
    public void continueSearching() {
        forgetReferral();
        backToResults.run();
    }

    /** 完成: the session ends. */
    public void finish() {
        endSession.run();
    }

    public ReadOnlyObjectProperty<ReferralStage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<@Nullable Job> jobProperty() {
        return job.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<@Nullable ActiveWorker> workerProperty() {
        return worker.getReadOnlyProperty();
    }

    /** The issued slip (number, QR token, validity), once there is one. */
    public ReadOnlyObjectProperty<@Nullable ReferralSlip> slipProperty() {
        return slip.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<PrinterCondition>> notPrintedBecauseProperty() {
        return notPrintedBecause.getReadOnlyProperty();
    }

    /** True when the screen opened because the worker was just identified (banner "身份已确认"). */
    public ReadOnlyBooleanProperty justIdentifiedProperty() {
        return justIdentified.getReadOnlyProperty();
    }

    /** The job whose 我要报名 waits for the worker to be identified; null when none does. */
    public ReadOnlyObjectProperty<@Nullable Job> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** 返回 on the card step: the job's 我要报名 no longer waits. */
    public void cancelPending() {
        pending.set(null);
    }

    public boolean hasPendingReferral() {
        return pending.get() != null;
    }

    @Override
    public void clearSession() {
        pending.set(null);
        forgetReferral();
    }

    private void workerIdentified(@Nullable ActiveWorker now) {
        Job waiting = pending.get();
        if (now != null && waiting != null) {
            pending.set(null);
            open(waiting, now, ReferralStage.CONFIRM, true);
        }
    }

    private void open(Job chosen, @Nullable ActiveWorker forWorker, ReferralStage first, boolean identified) {
        forgetReferral();
        job.set(chosen);
        worker.set(forWorker);
        justIdentified.set(identified);
        stage.set(first);
        navigator.show(Screen.REFERRAL);
        if (first == ReferralStage.CONFIRM && forWorker != null) {
            lookForEarlierSlip(chosen, forWorker);
        }
    }

    /** Off the JavaFX thread: a still valid slip of this worker for this job turns the screen into "您已经报过名". */
    private void lookForEarlierSlip(Job chosen, ActiveWorker forWorker) {
        long requested = generation;
        executor.submit(() -> desk.validSlip(chosen, forWorker), found -> {
            if (requested == generation && stage.get() == ReferralStage.CONFIRM) {
                found.ifPresent(this::showEarlier);
            }
        }, error -> log.warn("Earlier slips not looked up: {}", error.toString()));
    }

    private void showEarlier(ReferralSlip earlier) {
        log.info("The worker already holds slip {} for this job", earlier.slipNumber());
        slip.set(earlier);
        notPrintedBecause.set(Optional.empty());
        stage.set(ReferralStage.ALREADY_ISSUED);
    }

    private void forgetReferral() {
        generation++;
        stage.set(ReferralStage.NONE);
        job.set(null);
        worker.set(null);
        slip.set(null);
        notPrintedBecause.set(Optional.empty());
        justIdentified.set(false);
    }
}
