package org.lingong.kiosk.theme;

/** Progress of data a screen loads in the background. */
public enum LoadState {
    LOADING,
    READY,
    FAILED
}
