package org.lingong.kiosk;

import java.util.List;

import javafx.application.Application;

/**
 * The jar's entry point. It must not extend {@link Application} (the JavaFX launcher would then
 * insist on JavaFX modules). Starts Spring on its own thread first, then JavaFX.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        SpringStartup.start(List.of(args));
        Application.launch(KioskApp.class, args);
        if (KioskApp.startFailed) {
            System.exit(1);
        }
    }
}
