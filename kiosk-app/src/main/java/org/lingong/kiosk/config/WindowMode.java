package org.lingong.kiosk.config;

/** How the kiosk window is shown ({@code kiosk.window}). */
public enum WindowMode {
    /** Undecorated, sized to the primary screen, exit key combination disabled: the production mode. */
    FULLSCREEN,
    /** A decorated 1280×800 window for development; the smallest landscape layout is scaled to fit. */
    WINDOWED,
    /**
     * A decorated 9:16 window as tall as the screen allows (at most 1080×1920), to see the portrait layout of standing
     * kiosks on a landscape monitor: the 1080×1920 layout, scaled to fit ({@code kiosk.window=windowed-portrait}).
     */
    WINDOWED_PORTRAIT
}
