package org.lingong.platform.server.remote;

/** Whose configuration a saved version is: a station's default for its terminals, or one terminal's own. */
public enum SettingsScope {
    STATION, TERMINAL
}
