package org.lingong.kiosk.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lingong.kiosk.executor.CurrentThreadTaskExecutor;
import org.lingong.kiosk.testing.RecordingKioskEvents;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.api.events.VisitCount;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SessionJourneyTest {

    /** 23:30 UTC is already the next day in the station's zone. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T23:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Set<String> TILES = Set.of("FIND_JOB", "REGISTER", "SCAN", "TRAINING", "JOB_FAIR", "POLICY");

    /** What the identified worker of {@link #aWholeJourney} is, in every form a leak could take. */
    private static final String WORKER_REF = "w-5f1c2a9e-7d4b-4c1a-9e2f-1234567890ab";
    private static final List<String> IDENTIFYING = List.of(WORKER_REF, "5f1c2a9e", "王示例", "王*例",
            "110101199003071233", "110***********1233", "13812345678", "138****5678");

    private final RecordingKioskEvents events = new RecordingKioskEvents();
    private final SessionJourney journey = new SessionJourney(TILES, events, new CurrentThreadTaskExecutor(), CLOCK);
    private final List<Journey> ended = new ArrayList<>();

    SessionJourneyTest() {
        journey.addListener(ended::add);
    }

    private void aWholeJourney() {
        journey.screenShown("REGISTER");
        journey.identified(WORKER_REF);
        journey.screenShown("FIND_JOB");
        journey.screenShown("REFERRAL");
        journey.printed();
        journey.screenShown("ATTRACT");
    }

    @Test
    void aSessionBecomesOneAnonymousVisitWithTheStepsItReached() {
        aWholeJourney();

        journey.clearSession();

        assertThat(events.sent()).singleElement().satisfies(sent -> {
            assertThat(sent.type()).isEqualTo(EventType.VISIT_COUNT);
            assertThat(sent.workerRef()).isNull();
            assertThat(sent.payload()).isEqualTo(new VisitCount(LocalDate.of(2026, 12, 6), 1, 1, 1, 1, 1,
                    Map.of("REGISTER", 1, "FIND_JOB", 1)));
        });
        assertThat(ended).singleElement().satisfies(j -> {
            assertThat(j.service()).isEqualTo("REFERRAL");
            assertThat(j.workerRef()).as("for the rating only").isEqualTo(WORKER_REF);
        });
    }

    @Test
    void theEmittedEventsHoldNothingThatIdentifiesAPerson() {
        aWholeJourney();
        journey.clearSession();
        journey.screenShown("TRAINING");
        journey.clearSession();

        JsonMapper json = JsonMapper.builder().build();
        assertThat(events.sent()).hasSize(2).allSatisfy(sent -> {
            assertThat(sent.workerRef()).isNull();
            String wire = json.writeValueAsString(sent.payload());
            assertThat(IDENTIFYING).noneMatch(wire::contains);
            JsonNode tree = json.readTree(wire);
            assertThat(tree.propertyNames()).containsExactlyInAnyOrder("day", "visits", "identified", "searched",
                    "referred", "printed", "tiles");
            tree.get("tiles").properties().forEach(tile -> {
                assertThat(TILES).contains(tile.getKey());
                assertThat(tile.getValue().asInt()).isEqualTo(1);
            });
            assertThat(tree.get("visits").asInt()).isEqualTo(1);
        });
    }

    @Test
    void aSessionThatDidNothingOrWasStaffsSendsNothing() {
        journey.clearSession();
        journey.screenShown("STAFF_LOGIN");
        journey.screenShown("STAFF");
        journey.screenShown("FIND_JOB");
        journey.clearSession();

        assertThat(events.sent()).isEmpty();
        assertThat(ended).isEmpty();
    }

    @Test
    void eachSessionStartsFromNothing() {
        aWholeJourney();
        journey.clearSession();
        journey.screenShown("POLICY");
        journey.clearSession();

        assertThat(events.sent().get(1).payload()).isEqualTo(new VisitCount(LocalDate.of(2026, 12, 6), 1, 0, 0, 0, 0,
                Map.of("POLICY", 1)));
        assertThat(ended.get(1).workerRef()).isNull();
        assertThat(ended.get(1).service()).isEqualTo("POLICY");
    }

    @Test
    void aQueueingFailureLosesTheCountsButNotTheRating() {
        SessionJourney failing = new SessionJourney(TILES, new RecordingKioskEvents().failing(),
                new CurrentThreadTaskExecutor(), CLOCK);
        List<Journey> rated = new ArrayList<>();
        failing.addListener(rated::add);
        failing.screenShown("FIND_JOB");

        failing.clearSession();

        assertThat(rated).hasSize(1);
    }
}
