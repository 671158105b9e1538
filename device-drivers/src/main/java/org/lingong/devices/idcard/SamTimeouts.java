package org.lingong.devices.idcard;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.lingong.devices.idcard.codec.SamCommand;

/**
 * How long the host waits for each command's reply. Defaults: find 1 s, select 1 s, read 3 s,
 * read with fingerprint 4 s, reset 3 s, everything else 1 s. Immutable.
 */
public final class SamTimeouts {

    private static final SamTimeouts DEFAULTS = new SamTimeouts(new EnumMap<>(SamCommand.class));

    private final Map<SamCommand, Duration> overrides;

    private SamTimeouts(Map<SamCommand, Duration> overrides) {
        this.overrides = overrides;
    }

    public static SamTimeouts defaults() {
        return DEFAULTS;
    }

    /** A copy with {@code command}'s timeout set to {@code timeout}. */
    public SamTimeouts with(SamCommand command, Duration timeout) {
        EnumMap<SamCommand, Duration> copy = new EnumMap<>(SamCommand.class);
        copy.putAll(overrides);
        copy.put(command, timeout);
        return new SamTimeouts(copy);
    }

    /** A copy where every command waits at most {@code cap} (for probes and tests). */
    public SamTimeouts cappedAt(Duration cap) {
        SamTimeouts t = this;
        for (SamCommand c : SamCommand.values()) {
            if (of(c).compareTo(cap) > 0) {
                t = t.with(c, cap);
            }
        }
        return t;
    }

    public Duration of(SamCommand command) {
        return overrides.getOrDefault(command, command.defaultTimeout());
    }
}
