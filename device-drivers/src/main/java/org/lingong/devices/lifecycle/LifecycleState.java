package org.lingong.devices.lifecycle;

/**
 * JavaPOS-like life cycle of a {@link ManagedDevice}:
 * {@code CLOSED → OPENED → ENABLED ⇄ DISABLED → CLOSED}; {@code close} is allowed from every state.
 */
public enum LifecycleState {
    /** No owner thread, no transport. */
    CLOSED,
    /** Owner thread running, link being kept up; operations are refused until enabled. */
    OPENED,
    /** Operations and periodic tasks run. */
    ENABLED,
    /** Link kept up, operations refused and periodic tasks skipped. */
    DISABLED
}
