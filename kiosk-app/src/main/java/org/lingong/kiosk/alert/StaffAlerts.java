package org.lingong.kiosk.alert;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's open staff alerts, newest first, bounded (the oldest fall off). Not session scoped: alerts are for
 * staff and hold no personal data. Thread-safe; listeners are called on the raising thread.
 */
public final class StaffAlerts {

    /** How many open alerts are kept. */
    public static final int CAPACITY = 200;

    private static final Logger log = LoggerFactory.getLogger(StaffAlerts.class);

    private final Clock clock;
    private final Deque<StaffAlert> open = new ArrayDeque<>();
    private final List<Consumer<StaffAlert>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<StaffAlert>> acknowledgements = new CopyOnWriteArrayList<>();
    private long nextId = 1;

    public StaffAlerts(Clock clock) {
        this.clock = clock;
    }

    public StaffAlert raise(StaffAlertKind kind, String messageKey, String detail) {
        StaffAlert alert;
        synchronized (this) {
            alert = new StaffAlert(nextId++, clock.instant(), kind, messageKey, detail);
            open.addFirst(alert);
            while (open.size() > CAPACITY) {
                open.removeLast();
            }
        }
        log.warn("Staff alert {}: {} {}", kind, messageKey, alert.detail());
        listeners.forEach(l -> l.accept(alert));
        return alert;
    }

    public synchronized List<StaffAlert> open() {
        return new ArrayList<>(open);
    }

    /** Staff saw to it. Unknown ids are ignored; acknowledgement listeners hear of the others, once. */
    public void acknowledge(long id) {
        StaffAlert handled;
        synchronized (this) {
            handled = open.stream().filter(a -> a.id() == id).findFirst().orElse(null);
            open.removeIf(a -> a.id() == id);
        }
        if (handled != null) {
            StaffAlert alert = handled;
            acknowledgements.forEach(l -> l.accept(alert));
        }
    }

    /** Hears every alert staff acknowledge, on the acknowledging thread (e.g. a staff call: 工作人员马上就到). */
    public void addAcknowledgementListener(Consumer<StaffAlert> listener) {
        acknowledgements.add(listener);
    }

    public void addListener(Consumer<StaffAlert> listener) {
        listeners.add(listener);
    }
}
