package org.lingong.kiosk.survey;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.outbox.KioskEvents;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.platform.api.events.EmploymentStatusCheck;
import org.lingong.platform.api.events.EmploymentStatusCheck.Situation;
import org.lingong.platform.api.events.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 就业状态核实 (摸排): a returning worker, once identified, is asked at most once per {@code period} whether their
 * situation changed, in one card with four answers (已就业 / 灵活就业 / 失业 / 就业困难) and 跳过. It never blocks: the
 * screen below stays as it was, 跳过 or the session's end put it away, and a skipped check is not asked again within
 * the period. An answer becomes an {@code EMPLOYMENT_STATUS_CHECKED} event, which updates the platform's figures.
 * A worker who registered in this session just declared their status and is not asked. JavaFX thread only.
 */
public final class StatusCheckViewModel implements SessionScoped {

    private static final Logger log = LoggerFactory.getLogger(StatusCheckViewModel.class);

    private final StatusCheckLedger ledger;
    private final KioskEvents events;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Period period;
    private final ReadOnlyObjectWrapper<StatusCheckStage> stage = new ReadOnlyObjectWrapper<>(this, "stage",
            StatusCheckStage.HIDDEN);
    private @Nullable String workerRef;
    private long generation;

    public StatusCheckViewModel(StatusCheckLedger ledger, KioskEvents events, TaskExecutor executor, Clock clock,
            Period period) {
        this.ledger = ledger;
        this.events = events;
        this.executor = executor;
        this.clock = clock;
        this.period = period;
    }

    public ReadOnlyObjectProperty<StatusCheckStage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /**
     * A worker was identified.
     *
     * @param justRegistered true when they registered in this session (and so just declared their status)
     */
    public void workerIdentified(String ref, boolean justRegistered) {
        LocalDate today = LocalDate.now(clock);
        if (justRegistered) {
            remember(ref, today);
            return;
        }
        long asked = ++generation;
        executor.submit(() -> ledger.lastAsked(ref), last -> {
            if (asked == generation && due(last, today)) {
                workerRef = ref;
                stage.set(StatusCheckStage.ASKING);
            }
        }, error -> log.warn("Status check skipped: the ledger cannot be read: {}", error.toString()));
    }

    private boolean due(Optional<LocalDate> last, LocalDate today) {
        return last.map(day -> !day.plus(period).isAfter(today)).orElse(true);
    }

    /** One of the four answers. Counts once: a second tap changes nothing. */
    public void answer(Situation situation) {
        String ref = workerRef;
        if (stage.get() != StatusCheckStage.ASKING || ref == null) {
            return;
        }
        stage.set(StatusCheckStage.THANKS);
        LocalDate today = LocalDate.now(clock);
        executor.submit(() -> {
            events.send(EventType.EMPLOYMENT_STATUS_CHECKED, ref, new EmploymentStatusCheck(situation));
            ledger.asked(ref, today);
            return situation;
        }, sent -> log.info("Employment status check ({}) queued for the platform", sent),
                error -> log.warn("Employment status check not queued: {}", error.toString()));
    }

    /** 跳过: nothing is sent, and the worker is not asked again within the period. */
    public void skip() {
        String ref = workerRef;
        if (stage.get() == StatusCheckStage.ASKING && ref != null) {
            remember(ref, LocalDate.now(clock));
        }
        close();
    }

    /** The thanks were read (or timed out). */
    public void close() {
        workerRef = null;
        stage.set(StatusCheckStage.HIDDEN);
    }

    private void remember(String ref, LocalDate day) {
        executor.submit(() -> {
            ledger.asked(ref, day);
            return day;
        }, done -> { }, error -> log.warn("Status check ledger not written: {}", error.toString()));
    }

    @Override
    public void clearSession() {
        generation++;
        close();
    }
}
