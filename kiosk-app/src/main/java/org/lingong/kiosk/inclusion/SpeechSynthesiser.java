package org.lingong.kiosk.inclusion;

import java.io.IOException;
import java.nio.file.Path;

/** Turns a text into a WAV file. Called off the JavaFX thread; may take tens of milliseconds. */
public interface SpeechSynthesiser {

    /** Whether the synthesiser can run here (e.g. the program is installed); a reason for staff when not. */
    Availability availability();

    /** The WAV of {@code text} spoken with {@code voice}, made once and then taken from the cache. */
    Path speak(String text, String voice) throws IOException;

    record Availability(boolean available, String reasonKey) {
        static final Availability OK = new Availability(true, "");
    }
}
