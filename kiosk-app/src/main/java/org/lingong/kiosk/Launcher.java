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
        SpringStartup startup = SpringStartup.start(List.of(args));
        Application.launch(KioskApp.class, args);
        if (startup.context().isCompletedExceptionally()) {
            System.exit(1);
        }
    }
}
