package org.lingong.kiosk.worker;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.lingong.kiosk.session.SessionScoped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who this session's worker is, once known (see {@link ActiveWorker}). Registration completion, card recognition
 * and worker-code scans {@link #begin} it; the referral flow reads it. Forgotten when the session is wiped.
 * JavaFX thread only.
 */
public final class WorkerSession implements SessionScoped {

    private static final Logger log = LoggerFactory.getLogger(WorkerSession.class);

    private final ReadOnlyObjectWrapper<ActiveWorker> active = new ReadOnlyObjectWrapper<>(this, "active");

    /** The known worker, or {@code null} while nobody is identified. */
    public ReadOnlyObjectProperty<ActiveWorker> activeProperty() {
        return active.getReadOnlyProperty();
    }

    public Optional<ActiveWorker> current() {
        return Optional.ofNullable(active.get());
    }

    public void begin(ActiveWorker worker) {
        log.info("Session worker identified");
        active.set(worker);
    }

    @Override
    public void clearSession() {
        active.set(null);
    }
}
