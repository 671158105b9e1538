package org.lingong.kiosk.attract;

/** Progress of data a screen loads in the background. */
public enum LoadState {
    LOADING,
    READY,
    FAILED
}
