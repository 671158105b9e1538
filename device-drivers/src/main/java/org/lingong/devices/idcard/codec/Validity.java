package org.lingong.devices.idcard.codec;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** The "valid to" of a card: a date, or 长期 (long-term, no end date). Immutable. */
public final class Validity {

    /** 长期: the card does not expire. */
    public static final Validity LONG_TERM = new Validity(null);
    /** How the card spells long-term (UTF-16LE {@code 7F 95 1F 67}). */
    public static final String LONG_TERM_TEXT = "长期";

    private final LocalDate until;

    private Validity(LocalDate until) {
        this.until = until;
    }

    public static Validity until(LocalDate date) {
        return new Validity(Objects.requireNonNull(date));
    }

    public boolean isLongTerm() {
        return until == null;
    }

    /** The last valid day; empty for {@link #LONG_TERM}. */
    public Optional<LocalDate> date() {
        return Optional.ofNullable(until);
    }

    /** Whether the card is still valid on {@code day}. */
    public boolean isValidOn(LocalDate day) {
        return until == null || !day.isAfter(until);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Validity v && Objects.equals(until, v.until);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(until);
    }

    @Override
    public String toString() {
        return until == null ? LONG_TERM_TEXT : until.toString();
    }
}
