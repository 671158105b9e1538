package org.lingong.kiosk.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.alert.StaffAlertKind;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.funnel.Journey;
import org.lingong.kiosk.testing.RecordingKioskEvents;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.api.events.Feedback;

class RatingViewModelTest {

    private final StaffAlerts alerts = new StaffAlerts(Clock.systemUTC());
    private final RecordingKioskEvents events = new RecordingKioskEvents();
    private final RatingViewModel rating = new RatingViewModel(events, alerts, new CurrentThreadTaskExecutor());

    private static Journey journey(String workerRef) {
        return new Journey(LocalDate.of(2026, 12, 5), Set.of("FIND_JOB"), workerRef != null, true, false, false,
                workerRef, "FIND_JOB");
    }

    @Test
    void aFaceTappedTwiceCountsOnce() {
        rating.offer(journey(null));

        rating.rate(RatingLevel.SATISFIED);
        rating.rate(RatingLevel.SATISFIED);
        rating.rate(RatingLevel.VERY_DISSATISFIED);

        assertThat(rating.stageProperty().get()).isEqualTo(RatingStage.THANKS);
        assertThat(events.of(EventType.FEEDBACK)).singleElement().satisfies(sent -> {
            assertThat(sent.workerRef()).as("anonymous: nobody identified").isNull();
            assertThat(sent.payload()).isEqualTo(new Feedback(4, null, "FIND_JOB", List.of()));
        });
        assertThat(alerts.open()).isEmpty();
    }

    @Test
    void aLowFaceAsksForReasonsThenCountsOnceAndAlertsStaff() {
        rating.offer(journey("w-42"));

        rating.rate(RatingLevel.VERY_DISSATISFIED);
        RatingStage asked = rating.stageProperty().get();
        rating.toggle(RatingReason.TOO_SLOW);
        rating.toggle(RatingReason.NO_SUITABLE_JOB);
        rating.toggle(RatingReason.NO_SUITABLE_JOB);
        rating.toggle(RatingReason.DEVICE_TROUBLE);
        rating.submitReasons();
        rating.submitReasons();
        rating.rate(RatingLevel.VERY_SATISFIED);

        assertThat(asked).isEqualTo(RatingStage.REASONS);
        assertThat(events.of(EventType.FEEDBACK)).singleElement().satisfies(sent -> {
            assertThat(sent.workerRef()).as("the identified worker's reference").isEqualTo("w-42");
            assertThat(sent.payload()).isEqualTo(new Feedback(1, null, "FIND_JOB", List.of("TOO_SLOW", "DEVICE_TROUBLE")));
        });
        assertThat(alerts.open()).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(StaffAlertKind.LOW_RATING);
            assertThat(alert.detail()).isEqualTo("1 · FIND_JOB · TOO_SLOW,DEVICE_TROUBLE");
        });
    }

    @Test
    void aLowFaceLeftWithoutSubmitStillCountsWhenTheCardGoes() {
        rating.offer(journey(null));
        rating.rate(RatingLevel.DISSATISFIED);

        rating.dismiss();

        assertThat(rating.stageProperty().get()).isEqualTo(RatingStage.HIDDEN);
        assertThat(events.of(EventType.FEEDBACK)).extracting(sent -> ((Feedback) sent.payload()).rating())
                .containsExactly(2);
    }

    @Test
    void noFaceTappedCountsNothingAndLateTapsAreIgnored() {
        rating.offer(journey(null));

        rating.dismiss();
        rating.rate(RatingLevel.VERY_SATISFIED);
        rating.toggle(RatingReason.TOO_SLOW);
        rating.submitReasons();

        assertThat(events.sent()).isEmpty();
        assertThat(rating.stageProperty().get()).isEqualTo(RatingStage.HIDDEN);
    }

    @Test
    void eachEndedSessionIsRatedOnItsOwn() {
        rating.offer(journey(null));
        rating.rate(RatingLevel.VERY_SATISFIED);
        rating.offer(journey(null));
        rating.rate(RatingLevel.NEUTRAL);

        assertThat(events.of(EventType.FEEDBACK)).extracting(sent -> ((Feedback) sent.payload()).rating())
                .containsExactly(5, 3);
    }
}
