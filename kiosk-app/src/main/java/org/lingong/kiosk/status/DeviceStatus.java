package org.lingong.kiosk.status;

import java.util.Objects;

/**
 * The state of one device at one moment.
 *
 * @param wordsKey the message key of the words the status bar shows, e.g. {@code status.printer.paperOut} (缺纸);
 *                 by default the state's own words ({@link DeviceState#labelKey()})
 * @param problem  what the driver reports as wrong, typed ({@link DeviceProblem#NONE} by default)
 */
public record DeviceStatus(DeviceKind kind, DeviceState state, String wordsKey, DeviceProblem problem) {

    public DeviceStatus {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(wordsKey, "wordsKey");
        Objects.requireNonNull(problem, "problem");
    }

    public DeviceStatus(DeviceKind kind, DeviceState state, String wordsKey) {
        this(kind, state, wordsKey, DeviceProblem.NONE);
    }

    public DeviceStatus(DeviceKind kind, DeviceState state) {
        this(kind, state, state.labelKey());
    }
}
