package org.lingong.kiosk.config;

/** How the kiosk window is shown ({@code kiosk.window}). */
public enum WindowMode {
    /** Undecorated, sized to the primary screen, exit key combination disabled: the production mode. */
    FULLSCREEN,
    /** A decorated 1280×800 window for development; the smallest landscape layout is scaled to fit. */
    WINDOWED
}
