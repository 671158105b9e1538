package org.lingong.kiosk.inclusion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Speaks bundle texts in the session's language: Mandarin and English by offline synthesis, Mongolian from recorded
 * prompts ({@code <recordings>/<key>.wav}, the list in {@link MongolianRecordings}); a Mongolian prompt not yet
 * recorded is spoken in Mandarin and {@link #mongolianFallbackProperty()} turns true so that staff see a note.
 *
 * <p>Call from the JavaFX thread; synthesis and playback run on {@code background}, results come back through
 * {@code fx}. A newer prompt makes a queued older one be skipped, so the voice never lags behind the screen. Without
 * a synthesiser or a sound device {@link #availableProperty()} stays false (with {@link #unavailableReasonKey()}) and
 * nothing is spoken.
 */
public final class VoicePrompts {

    public static final String DIGIT_KEY = "inclusion.voice.digit";
    private static final Logger log = LoggerFactory.getLogger(VoicePrompts.class);

    private final Messages messages;
    private final SpeechSynthesiser synthesiser;
    private final AudioOut audio;
    private final Path recordings;
    private final Executor background;
    private final Executor fx;
    private final AtomicLong latest = new AtomicLong();
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyStringWrapper unavailableReason = new ReadOnlyStringWrapper(this, "unavailableReason", "");
    private final ReadOnlyBooleanWrapper mongolianFallback = new ReadOnlyBooleanWrapper(this, "mongolianFallback");

    public VoicePrompts(Messages messages, SpeechSynthesiser synthesiser, AudioOut audio, Path recordings,
            Executor background, Executor fx) {
        this.messages = messages;
        this.synthesiser = synthesiser;
        this.audio = audio;
        this.recordings = recordings;
        this.background = background;
        this.fx = fx;
    }

    /** Finds out, off the JavaFX thread, whether speaking is possible here; the result arrives through {@code fx}. */
    public void checkAvailability() {
        background.execute(() -> {
            SpeechSynthesiser.Availability synth = synthesiser.availability();
            boolean sound = audio.available();
            String reason = !synth.available() ? synth.reasonKey() : sound ? "" : "inclusion.voice.noSoundDevice";
            fx.execute(() -> {
                unavailableReason.set(reason);
                available.set(reason.isEmpty());
                if (!reason.isEmpty()) {
                    log.warn("Voice prompts off: {}", messages.get(KioskLanguage.ZH_CN, reason));
                }
            });
        });
    }

    /** Speaks the text of {@code key} in the session's language. */
    public void speak(String key, Object... args) {
        if (!available.get()) {
            return;
        }
        KioskLanguage language = messages.language();
        Path recorded = recordings.resolve(MongolianRecordings.fileName(key, args));
        boolean mongolian = language == KioskLanguage.MN;
        KioskLanguage spoken = language == KioskLanguage.EN ? KioskLanguage.EN : KioskLanguage.ZH_CN;
        String text = messages.get(spoken, key, args);
        String voice = spoken == KioskLanguage.EN ? EspeakSynthesiser.ENGLISH : EspeakSynthesiser.MANDARIN;
        long ticket = latest.incrementAndGet();
        background.execute(() -> {
            if (ticket != latest.get()) {
                return;
            }
            boolean fromRecording = mongolian && Files.isRegularFile(recorded);
            if (mongolian) {
                fx.execute(() -> mongolianFallback.set(!fromRecording));
            }
            try {
                audio.play(fromRecording ? recorded : synthesiser.speak(text, voice));
            } catch (IOException e) {
                log.warn("Could not speak {}: {}", key, e.getMessage());
            }
        });
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unavailableReasonKey() {
        return unavailableReason.getReadOnlyProperty();
    }

    /** True once a Mongolian prompt had to be spoken in Mandarin because its recording does not exist yet. */
    public ReadOnlyBooleanProperty mongolianFallbackProperty() {
        return mongolianFallback.getReadOnlyProperty();
    }
}
