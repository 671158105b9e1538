package org.lingong.kiosk.shell;

import java.time.Clock;
import java.time.ZonedDateTime;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.lingong.kiosk.i18n.Messages;

/** The clock in the top bar: time and date in the session's language, refreshed by {@link #tick()}. */
public final class ClockViewModel {

    private final Clock clock;
    private final Messages messages;
    private final ObjectProperty<ZonedDateTime> now;
    private final StringBinding timeText;
    private final StringBinding dateText;

    public ClockViewModel(Clock clock, Messages messages) {
        this.clock = clock;
        this.messages = messages;
        this.now = new SimpleObjectProperty<>(this, "now", ZonedDateTime.now(clock));
        this.timeText = format("clock.time.pattern");
        this.dateText = format("clock.date.pattern");
    }

    public void tick() {
        now.set(ZonedDateTime.now(clock));
    }

    public StringBinding timeText() {
        return timeText;
    }

    public StringBinding dateText() {
        return dateText;
    }

    private StringBinding format(String patternKey) {
        return Bindings.createStringBinding(
                () -> messages.date(patternKey, now.get()),
                now, messages.languageProperty());
    }
}
