package org.lingong.kiosk.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The idle timer and the view model of the "还在吗？" overlay.
 *
 * <p>A session starts with the first touch or key press ({@link #touch()}). After {@code timeout}
 * without one, {@link #warningProperty()} turns true and {@link #secondsLeftProperty()} counts the
 * {@code warning} period down; any touch (or "继续") ends the warning; at zero {@code onExpired}
 * wipes the session. Without a session nothing happens, so the attract screen never shows the
 * warning to nobody. Time comes from the injected {@link Clock}; {@link #tick()} is called about
 * once a second by the UI heartbeat (and directly by tests). In patient mode ({@link #setPatient}, for large or
 * voice mode) both the timeout and the warning last twice as long. JavaFX thread only.
 */
public final class IdleSession {

    private final Clock clock;
    private Duration timeout;
    private Duration warning;
    private final Runnable onExpired;
    private final ReadOnlyBooleanWrapper warningShown = new ReadOnlyBooleanWrapper(this, "warning");
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(this, "secondsLeft");
    private boolean sessionActive;
    private boolean patient;
    /** True while a session that nobody answered is being wiped ({@link #endingUnattended()}). */
    private boolean unattended;
    private Instant lastActivity;

    public IdleSession(Clock clock, Duration timeout, Duration warning, Runnable onExpired) {
        this.clock = clock;
        this.timeout = timeout;
        this.warning = warning;
        this.onExpired = onExpired;
        this.lastActivity = clock.instant();
    }

    /**
     * New idle times (a remote configuration), effective from the next {@link #tick()}; {@code null} keeps that one.
     * They are the base times: patient mode still doubles them.
     */
    public void retime(Duration newTimeout, Duration newWarning) {
        if (newTimeout != null) {
            this.timeout = newTimeout;
        }
        if (newWarning != null) {
            this.warning = newWarning;
        }
    }

    /** Any touch or key press: starts or prolongs the session and dismisses the warning. */
    public void touch() {
        sessionActive = true;
        lastActivity = clock.instant();
        warningShown.set(false);
    }

    /** Re-evaluates the timer against the clock. */
    public void tick() {
        if (!sessionActive) {
            return;
        }
        Duration idle = Duration.between(lastActivity, clock.instant());
        Duration timeout = timeout();
        Duration remaining = timeout.plus(warning()).minus(idle);
        if (remaining.isNegative() || remaining.isZero()) {
            unattended = true;
            try {
                expire();
            } finally {
                unattended = false;
            }
        } else if (idle.compareTo(timeout) >= 0) {
            secondsLeft.set(ceilSeconds(remaining));
            warningShown.set(true);
        }
    }

    /** Patient mode doubles the timeout and the warning (large or voice mode: no time pressure). */
    public void setPatient(boolean patient) {
        this.patient = patient;
    }

    /** The time without a touch before the warning shows. */
    public Duration timeout() {
        return patient ? timeout.multipliedBy(2) : timeout;
    }

    /** How long the warning counts down. */
    public Duration warning() {
        return patient ? warning.multipliedBy(2) : warning;
    }

    /** Ends the session now, as the timeout would (for a "done" button, or tests): wipes it. */
    public void endSession() {
        expire();
    }

    /**
     * True while the wipe of a session runs because its time ran out with nobody answering 还在吗？ (the person left),
     * false for a session ended on purpose ({@link #endSession()}: 退出, 完成). State holders asked to forget the session
     * may ask: a question about the visit is for the person who made it, not for whoever comes next.
     */
    public boolean endingUnattended() {
        return unattended;
    }

    public boolean isSessionActive() {
        return sessionActive;
    }

    public ReadOnlyBooleanProperty warningProperty() {
        return warningShown.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    private void expire() {
        sessionActive = false;
        warningShown.set(false);
        secondsLeft.set(0);
        onExpired.run();
    }

    private static int ceilSeconds(Duration d) {
        long seconds = d.getSeconds();
        return (int) (d.getNano() > 0 ? seconds + 1 : seconds);
    }
}
