package org.lingong.kiosk.inclusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;

/**
 * Voice prompts with the real espeak-ng (skipped where it is not installed; CI installs it) and a recording audio
 * port: Mandarin is synthesised once per text and cached, Mongolian plays its recording or falls back to Mandarin with
 * the staff note, and without a sound device or synthesiser nothing is spoken and the reason is given.
 */
class VoicePromptsTest {

    @TempDir
    Path dir;

    private final Messages messages = new Messages(KioskLanguage.ZH_CN);
    private final RecordingAudio audio = new RecordingAudio(true);

    @Test
    void mandarinIsSynthesisedOnceAndTheCachedWavIsPlayedAgain() throws IOException {
        EspeakSynthesiser espeak = new EspeakSynthesiser("espeak-ng", dir.resolve("cache"));
        assumeTrue(espeak.availability().available(), "espeak-ng is not installed");
        VoicePrompts voice = prompts(espeak);

        voice.speak("voice.screen.ATTRACT");
        voice.speak("voice.screen.ATTRACT");

        assertThat(audio.played).hasSize(2);
        assertThat(audio.played.get(0)).isEqualTo(audio.played.get(1));
        byte[] wav = Files.readAllBytes(audio.played.get(0));
        assertThat(new String(wav, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(wav.length).as("a second or more of 22 kHz 16-bit speech").isGreaterThan(44_000);
        assertThat(voice.mongolianFallbackProperty().get()).isFalse();
    }

    @Test
    void mongolianPlaysItsRecordingAndFallsBackToMandarinWithANoteWhereThereIsNone() throws IOException {
        EspeakSynthesiser espeak = new EspeakSynthesiser("espeak-ng", dir.resolve("cache"));
        assumeTrue(espeak.availability().available(), "espeak-ng is not installed");
        Path recordings = Files.createDirectories(dir.resolve("mn"));
        Path recorded = Files.write(recordings.resolve("voice.screen.ATTRACT.wav"), new byte[] {1});
        VoicePrompts voice = prompts(espeak, recordings);
        messages.select(KioskLanguage.MN);

        voice.speak("voice.screen.ATTRACT");
        assertThat(audio.played).containsExactly(recorded);
        assertThat(voice.mongolianFallbackProperty().get()).isFalse();

        voice.speak("voice.screen.SCAN");
        assertThat(audio.played).hasSize(2);
        assertThat(audio.played.get(1)).isNotEqualTo(recorded).startsWith(dir.resolve("cache"));
        assertThat(voice.mongolianFallbackProperty().get()).as("staff see the note").isTrue();
    }

    @Test
    void withoutASoundDeviceOrSynthesiserNothingIsSpokenAndTheReasonIsGiven() {
        VoicePrompts silent = new VoicePrompts(messages, new EspeakSynthesiser("espeak-ng", dir), new RecordingAudio(false),
                dir, Runnable::run, Runnable::run);
        silent.checkAvailability();
        silent.speak("voice.screen.ATTRACT");

        VoicePrompts noProgram = new VoicePrompts(messages, new EspeakSynthesiser("no-such-espeak", dir), audio, dir,
                Runnable::run, Runnable::run);
        noProgram.checkAvailability();
        noProgram.speak("voice.screen.ATTRACT");

        assertThat(audio.played).isEmpty();
        assertThat(noProgram.availableProperty().get()).isFalse();
        assertThat(noProgram.unavailableReasonKey().get()).isEqualTo("inclusion.voice.noSynthesiser");
        assertThat(silent.availableProperty().get()).isFalse();
        assertThat(silent.unavailableReasonKey().get()).isIn("inclusion.voice.noSoundDevice", "inclusion.voice.noSynthesiser");
    }

    @Test
    void theRecordingListInDocsIsTheOneTheBundleGives() throws IOException {
        List<String> expected = MongolianRecordings.lines(bundle("mn_Mong"), bundle("zh_CN"));
        Path doc = Path.of("../docs/voice/mn-recordings.tsv");
        if (Boolean.getBoolean("regenerate")) {
            Files.createDirectories(doc.getParent());
            Files.write(doc, expected);
        }
        assertThat(Files.readAllLines(doc)).as("docs/voice/mn-recordings.tsv (regenerate: -Dregenerate=true)")
                .isEqualTo(expected);
        assertThat(expected).anyMatch(line -> line.startsWith("voice.screen.ATTRACT.wav\t"))
                .anyMatch(line -> line.startsWith("digit-7.wav\t"));
    }

    private VoicePrompts prompts(SpeechSynthesiser synthesiser) {
        return prompts(synthesiser, dir.resolve("none"));
    }

    private VoicePrompts prompts(SpeechSynthesiser synthesiser, Path recordings) {
        VoicePrompts voice = new VoicePrompts(messages, synthesiser, audio, recordings, Runnable::run, Runnable::run);
        voice.checkAvailability();
        assertThat(voice.availableProperty().get()).isTrue();
        return voice;
    }

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (var in = VoicePromptsTest.class.getResourceAsStream("/org/lingong/kiosk/i18n/messages_" + suffix + ".properties")) {
            properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        return properties;
    }

    private static final class RecordingAudio implements AudioOut {
        private final boolean available;
        final List<Path> played = new ArrayList<>();

        RecordingAudio(boolean available) {
            this.available = available;
        }

        @Override
        public boolean available() {
            return available;
        }

        @Override
        public void play(Path wav) {
            played.add(wav);
        }
    }
}
