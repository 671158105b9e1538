package org.lingong.kiosk.appointment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the appointment book current with nobody at the 预约 screen: after every heartbeat the platform answered, the
 * book syncs while this kiosk holds tentative bookings (so they become confirmed, or lost with the next free slot
 * offered, soon after the platform is back), and otherwise once the calendar is older than {@code every} (so the
 * slots stay fresh). The book's listeners then update the worker's screen and the staff's 今日预约 tab.
 *
 * <p>Threading: {@link #platformAnswered} blocks (network); it runs on the platform connection's own thread, never
 * the JavaFX thread. Not for concurrent callers.
 */
public final class AppointmentBackgroundSync {

    private static final Logger log = LoggerFactory.getLogger(AppointmentBackgroundSync.class);

    private final AppointmentBook book;
    private final Clock clock;
    private final Duration every;
    private @Nullable Instant lastSync;

    public AppointmentBackgroundSync(AppointmentBook book, Clock clock, Duration every) {
        this.book = book;
        this.clock = clock;
        this.every = every;
    }

    /** The platform answered a heartbeat: syncs if tentative bookings wait or the calendar is due. */
    public void platformAnswered() {
        Instant now = clock.instant();
        boolean tentative = book.hasTentative();
        if (!tentative && lastSync != null && now.isBefore(lastSync.plus(every))) {
            return;
        }
        if (book.sync()) {
            lastSync = now;
            if (tentative) {
                log.info("Appointments synced in the background; tentative bookings left: {}", book.hasTentative());
            }
        }
    }
}
