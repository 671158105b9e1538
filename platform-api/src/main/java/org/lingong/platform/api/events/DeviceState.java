package org.lingong.platform.api.events;

/** A peripheral's state as the kiosk reports it. */
public enum DeviceState { ONLINE, OFFLINE, PAPER_LOW, PAPER_OUT, COVER_OPEN, ERROR, SIMULATED }
