package org.lingong.kiosk.status;

import java.util.Objects;

/** The state of one device at one moment. */
public record DeviceStatus(DeviceKind kind, DeviceState state) {

    public DeviceStatus {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
    }
}
