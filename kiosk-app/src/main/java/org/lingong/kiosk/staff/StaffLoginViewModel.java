package org.lingong.kiosk.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.session.AdminScoped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The staff PIN keypad. The PIN shows as dots; {@link #submit()} checks it against the staff and technician hashes
 * (off the UI thread: PBKDF2 takes a moment). A wrong PIN gets a calm message with the tries left; after
 * {@value #MAX_TRIES} wrong tries the keypad locks for {@link #LOCKOUT}. The count of wrong tries and the lockout
 * survive the session wipe (waiting for the idle timeout must not reset them); the typed digits do not.
 *
 * <p>{@link #message()} is a message key with an optional number argument ({@link #messageArgument()}).
 * JavaFX thread only.
 */
public final class StaffLoginViewModel implements AdminScoped {

    public static final int MAX_TRIES = 5;
    public static final Duration LOCKOUT = Duration.ofSeconds(60);
    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 8;

    private static final Logger log = LoggerFactory.getLogger(StaffLoginViewModel.class);

    private final Clock clock;
    private final TaskExecutor executor;
    private final Optional<PinHash> staffPin;
    private final Optional<PinHash> technicianPin;
    private final Consumer<StaffRole> granted;
    private final Runnable cancel;
    private final StringBuilder digits = new StringBuilder();
    private final ReadOnlyStringWrapper dots = new ReadOnlyStringWrapper(this, "dots", "");
    private final ReadOnlyObjectWrapper<String> message = new ReadOnlyObjectWrapper<>(this, "message", "staff.pin.prompt");
    private final ReadOnlyObjectWrapper<Integer> messageArgument = new ReadOnlyObjectWrapper<>(this, "messageArgument", 0);
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private int wrongTries;
    private Instant lockedUntil = Instant.MIN;

    /**
     * @param granted called with the role when a PIN matched
     * @param cancel  called for 返回 (ends the session)
     */
    public StaffLoginViewModel(Clock clock, TaskExecutor executor, Optional<PinHash> staffPin,
            Optional<PinHash> technicianPin, Consumer<StaffRole> granted, Runnable cancel) {
        this.clock = clock;
        this.executor = executor;
        this.staffPin = staffPin;
        this.technicianPin = technicianPin;
        this.granted = granted;
        this.cancel = cancel;
    }

    public ReadOnlyStringProperty dots() {
        return dots.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<String> message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> messageArgument() {
        return messageArgument.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checking() {
        return checking.getReadOnlyProperty();
    }

    public void press(int digit) {
        if (digit < 0 || digit > 9 || digits.length() >= MAX_DIGITS) {
            return;
        }
        digits.append(digit);
        showDots();
    }

    public void delete() {
        if (!digits.isEmpty()) {
            digits.setLength(digits.length() - 1);
            showDots();
        }
    }

    public void clear() {
        digits.setLength(0);
        showDots();
    }

    public void cancel() {
        cancel.run();
    }

    public void submit() {
        if (checking.get()) {
            return;
        }
        Instant now = clock.instant();
        if (now.isBefore(lockedUntil)) {
            say("staff.pin.locked", secondsUntil(lockedUntil, now));
            clear();
            return;
        }
        if (staffPin.isEmpty() && technicianPin.isEmpty()) {
            say("staff.pin.notConfigured", 0);
            clear();
            return;
        }
        if (digits.length() < MIN_DIGITS) {
            say("staff.pin.tooShort", MIN_DIGITS);
            return;
        }
        String pin = digits.toString();
        clear();
        checking.set(true);
        executor.submit(() -> check(pin), this::checked, error -> {
            checking.set(false);
            say("staff.pin.prompt", 0);
        });
    }

    private Optional<StaffRole> check(String pin) {
        if (technicianPin.isPresent() && technicianPin.get().matches(pin)) {
            return Optional.of(StaffRole.TECHNICIAN);
        }
        if (staffPin.isPresent() && staffPin.get().matches(pin)) {
            return Optional.of(StaffRole.STAFF);
        }
        return Optional.empty();
    }

    private void checked(Optional<StaffRole> role) {
        checking.set(false);
        if (role.isPresent()) {
            wrongTries = 0;
            log.info("Staff login as {}", role.get());
            say("staff.pin.prompt", 0);
            granted.accept(role.get());
            return;
        }
        wrongTries++;
        log.info("Wrong staff PIN ({} of {})", wrongTries, MAX_TRIES);
        if (wrongTries >= MAX_TRIES) {
            wrongTries = 0;
            lockedUntil = clock.instant().plus(LOCKOUT);
            log.warn("Staff PIN keypad locked for {} s after {} wrong tries", LOCKOUT.toSeconds(), MAX_TRIES);
            say("staff.pin.locked", (int) LOCKOUT.toSeconds());
        } else {
            say("staff.pin.wrong", MAX_TRIES - wrongTries);
        }
    }

    private void say(String key, int argument) {
        messageArgument.set(argument);
        message.set(key);
    }

    private void showDots() {
        dots.set("●".repeat(digits.length()));
    }

    private static int secondsUntil(Instant until, Instant now) {
        Duration left = Duration.between(now, until);
        return (int) (left.getSeconds() + (left.getNano() > 0 ? 1 : 0));
    }

    /** Forgets the typed digits and the message; the wrong-try count and a lockout stay. */
    @Override
    public void clearSession() {
        clear();
        say("staff.pin.prompt", 0);
    }
}
