package org.lingong.kiosk.funnel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.outbox.KioskEvents;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.platform.api.events.EventType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows one session from the attract screen on (screens shown, a worker identified, a slip printed) and, when the
 * session ends, sends its anonymous counts as a {@code VISIT_COUNT} event (attract → identified → searched →
 * referral → printed, per tile) and tells listeners (the rating) how far it got. A session that did nothing, or was
 * staff's (PIN screens), sends nothing. JavaFX thread only.
 */
public final class SessionJourney implements SessionScoped {

    /** Screens that make a session staff's own: their sessions are not visits. */
    static final Set<String> STAFF_SCREENS = Set.of("STAFF_LOGIN", "STAFF", "TECHNICIAN");

    /** The code of the job search screen. */
    static final String SEARCH = "FIND_JOB";
    /** The code of the 我要报名 screen. */
    static final String REFERRAL = "REFERRAL";

    private static final Logger log = LoggerFactory.getLogger(SessionJourney.class);

    private final Set<String> tileScreens;
    private final KioskEvents events;
    private final TaskExecutor executor;
    private final Clock clock;
    private final List<Consumer<Journey>> listeners = new CopyOnWriteArrayList<>();
    private final Set<String> tiles = new LinkedHashSet<>();
    private @Nullable String workerRef;
    private @Nullable String lastTile;
    private boolean identified;
    private boolean searched;
    private boolean referred;
    private boolean printed;
    private boolean staff;

    /**
     * @param tileScreens the codes of the screens the attract tiles open ({@code FIND_JOB}, {@code TRAINING} …)
     */
    public SessionJourney(Set<String> tileScreens, KioskEvents events, TaskExecutor executor, Clock clock) {
        this.tileScreens = Set.copyOf(tileScreens);
        this.events = events;
        this.executor = executor;
        this.clock = clock;
    }

    /** Hears every journey that ends having done something (on the JavaFX thread, before the next session). */
    public void addListener(Consumer<Journey> listener) {
        listeners.add(listener);
    }

    /** A screen was shown, by its code ({@code Screen.name()}). */
    public void screenShown(String screen) {
        if (STAFF_SCREENS.contains(screen)) {
            staff = true;
        }
        if (tileScreens.contains(screen)) {
            tiles.add(screen);
            lastTile = screen;
        }
        searched |= screen.equals(SEARCH);
        referred |= screen.equals(REFERRAL);
    }

    /** A worker was identified (card, worker code, registration). */
    public void identified(String ref) {
        identified = true;
        workerRef = ref;
    }

    /** A referral slip came out of the printer. */
    public void printed() {
        printed = true;
        referred = true;
    }

    @Override
    public void clearSession() {
        boolean didSomething = !tiles.isEmpty() || identified || referred;
        if (didSomething && !staff) {
            Journey journey = new Journey(LocalDate.now(clock), tiles, identified, searched, referred, printed,
                    workerRef, service());
            send(journey);
            listeners.forEach(l -> l.accept(journey));
        }
        reset();
    }

    private String service() {
        if (referred) {
            return REFERRAL;
        }
        return lastTile != null ? lastTile : "IDENTIFIED";
    }

    private void send(Journey journey) {
        executor.submit(() -> {
            events.send(EventType.VISIT_COUNT, null, journey.visitCount());
            return journey;
        }, sent -> log.info("Visit counts queued for the platform"),
                error -> log.warn("Visit counts not queued: {}", error.toString()));
    }

    private void reset() {
        tiles.clear();
        workerRef = null;
        lastTile = null;
        identified = false;
        searched = false;
        referred = false;
        printed = false;
        staff = false;
    }
}
