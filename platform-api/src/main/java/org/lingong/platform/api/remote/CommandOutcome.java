package org.lingong.platform.api.remote;

/** How a command ended on the terminal. */
public enum CommandOutcome {
    APPLIED, FAILED
}
