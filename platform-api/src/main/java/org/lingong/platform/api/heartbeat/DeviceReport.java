package org.lingong.platform.api.heartbeat;

import org.lingong.platform.api.events.DeviceState;

/** One peripheral's state, e.g. {@code ("printer", PAPER_LOW, null)}. */
public record DeviceReport(String device, DeviceState state, String detail) {
}
