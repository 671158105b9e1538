package org.lingong.kiosk.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.alert.StaffAlertKind;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.funnel.Journey;
import org.lingong.kiosk.outbox.KioskEvents;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.api.events.Feedback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 好差评 at the end of every session that did something: five faces; after 不满意 or 非常不满意 optional reason chips
 * and 提交. Each ended session is rated at most once: once a face is counted, further taps change nothing. The rating
 * is a {@code FEEDBACK} event with the session's service, anonymous unless the session identified a worker; a low one
 * also raises a staff alert. Not session scoped: it is offered as a session ends and holds only the finished
 * session's opaque worker reference until it is rated or dismissed. JavaFX thread only.
 */
public final class RatingViewModel {

    static final String LOW_RATING_ALERT = "alert.lowRating";

    private static final Logger log = LoggerFactory.getLogger(RatingViewModel.class);

    private final KioskEvents events;
    private final StaffAlerts alerts;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<RatingStage> stage = new ReadOnlyObjectWrapper<>(this, "stage",
            RatingStage.HIDDEN);
    private final ObservableSet<RatingReason> reasons = FXCollections.observableSet();
    private @Nullable Journey pending;
    private @Nullable RatingLevel chosen;

    public RatingViewModel(KioskEvents events, StaffAlerts alerts, TaskExecutor executor) {
        this.events = events;
        this.alerts = alerts;
        this.executor = executor;
    }

    public ReadOnlyObjectProperty<RatingStage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** The reason chips chosen so far. */
    public ObservableSet<RatingReason> reasons() {
        return reasons;
    }

    /** The face tapped, once one was. */
    public Optional<RatingLevel> chosen() {
        return Optional.ofNullable(chosen);
    }

    /** A session that did something ended: ask how it was. */
    public void offer(Journey journey) {
        pending = journey;
        chosen = null;
        reasons.clear();
        stage.set(RatingStage.ASKING);
    }

    /** A face was tapped. Counts only the first tap of a session; a low face first asks for reasons. */
    public void rate(RatingLevel level) {
        if (stage.get() != RatingStage.ASKING) {
            log.info("Rating tap ignored: this session's rating is already {}", stage.get());
            return;
        }
        chosen = level;
        if (level.low()) {
            stage.set(RatingStage.REASONS);
        } else {
            submit();
        }
    }

    /** A reason chip was tapped: chosen, or no longer chosen. */
    public void toggle(RatingReason reason) {
        if (stage.get() != RatingStage.REASONS) {
            return;
        }
        if (!reasons.remove(reason)) {
            reasons.add(reason);
        }
    }

    /** 提交 under the reason chips. */
    public void submitReasons() {
        if (stage.get() == RatingStage.REASONS) {
            submit();
        }
    }

    /**
     * The card goes away (its time ran out, 关闭, or the next person began): a low face already tapped is counted
     * without reasons; faces not tapped count nothing.
     */
    public void dismiss() {
        if (stage.get() == RatingStage.REASONS) {
            submit();
        }
        pending = null;
        chosen = null;
        reasons.clear();
        stage.set(RatingStage.HIDDEN);
    }

    private void submit() {
        Journey journey = pending;
        RatingLevel level = chosen;
        if (journey == null || level == null) {
            return;
        }
        pending = null;
        List<String> codes = new ArrayList<>();
        reasons.stream().sorted().forEach(reason -> codes.add(reason.name()));
        Feedback feedback = new Feedback(level.rating(), null, journey.service(), codes);
        stage.set(RatingStage.THANKS);
        if (level.low()) {
            alerts.raise(StaffAlertKind.LOW_RATING, LOW_RATING_ALERT,
                    level.rating() + " · " + journey.service() + (codes.isEmpty() ? "" : " · " + String.join(",", codes)));
        }
        executor.submit(() -> {
            events.send(EventType.FEEDBACK, journey.workerRef(), feedback);
            return feedback;
        }, sent -> log.info("Rating {} for {} queued for the platform", feedback.rating(), feedback.service()),
                error -> log.warn("Rating not queued for the platform: {}", error.toString()));
    }
}
