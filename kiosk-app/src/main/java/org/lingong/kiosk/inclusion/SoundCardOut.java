package org.lingong.kiosk.inclusion;

import java.io.IOException;
import java.nio.file.Path;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * Plays through Java Sound (no JavaFX {@code Media}, which fails where there is no sound device). A machine without a
 * sound card has no mixer with a source line: {@link #available()} is false and the speaker button hides.
 */
public final class SoundCardOut implements AudioOut {

    /** The format espeak-ng writes: 22,050 Hz, 16 bit, mono. */
    private static final AudioFormat SPEECH = new AudioFormat(22_050, 16, 1, true, false);

    @Override
    public boolean available() {
        try {
            return AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, SPEECH));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void play(Path wav) throws IOException {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(wav.toFile())) {
            try (SourceDataLine line = AudioSystem.getSourceDataLine(in.getFormat())) {
                line.open(in.getFormat());
                line.start();
                byte[] buffer = new byte[8192];
                int read;
                while ((read = in.read(buffer)) > 0) {
                    line.write(buffer, 0, read);
                }
                line.drain();
            }
        } catch (UnsupportedAudioFileException | LineUnavailableException | IllegalArgumentException e) {
            throw new IOException("cannot play " + wav + ": " + e.getMessage(), e);
        }
    }
}
