package org.lingong.kiosk.status;

import java.util.Objects;

/**
 * The state of one device at one moment.
 *
 * @param wordsKey the message key of the words the status bar shows, e.g. {@code status.printer.paperOut} (缺纸);
 *                 by default the state's own words ({@link DeviceState#labelKey()})
 */
public record DeviceStatus(DeviceKind kind, DeviceState state, String wordsKey) {

    public DeviceStatus {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(wordsKey, "wordsKey");
    }

    public DeviceStatus(DeviceKind kind, DeviceState state) {
        this(kind, state, state.labelKey());
    }
}
