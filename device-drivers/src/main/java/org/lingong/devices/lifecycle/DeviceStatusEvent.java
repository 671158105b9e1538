package org.lingong.devices.lifecycle;

import java.time.Instant;

/**
 * A change of a device's {@link DeviceState}.
 *
 * @param deviceName the device's configured name, e.g. {@code scanner}
 * @param state      the new state
 * @param message    why, for technicians (no personal data); empty when there is nothing to add
 * @param at         when the change was observed
 */
public record DeviceStatusEvent(String deviceName, DeviceState state, String message, Instant at) {
}
