package org.lingong.platform.api.events;

/** Payload of {@code DEVICE_STATUS}: a device changed state. */
public record DeviceStatusChange(String device, DeviceState state, String detail) implements EventPayload {
}
