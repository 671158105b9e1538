package org.lingong.devices.lifecycle;

/** A life-cycle call that is not allowed in the current state, e.g. {@code enable()} on a closed device. */
public final class IllegalTransitionException extends IllegalStateException {

    private final LifecycleState from;
    private final String action;

    public IllegalTransitionException(String deviceName, LifecycleState from, String action) {
        super(deviceName + ": cannot " + action + " a device that is " + from);
        this.from = from;
        this.action = action;
    }

    public LifecycleState from() {
        return from;
    }

    public String action() {
        return action;
    }
}
