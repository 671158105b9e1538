package org.lingong.kiosk.inclusion;

import java.io.IOException;
import java.nio.file.Path;

/** Plays a WAV file to the end. Called off the JavaFX thread; blocks while it plays. */
public interface AudioOut {

    /** Whether a sound device is there to play on. */
    boolean available();

    void play(Path wav) throws IOException;
}
