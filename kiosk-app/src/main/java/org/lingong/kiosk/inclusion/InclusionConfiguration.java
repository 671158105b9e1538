package org.lingong.kiosk.inclusion;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;

import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.shell.ShellExtension;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Voice prompts, large mode and high contrast. {@code kiosk.voice.espeak} names the synthesiser program,
 * {@code kiosk.voice.cache-dir} where synthesised prompts are kept, {@code kiosk.voice.recordings} the folder of
 * recorded Mongolian prompts.
 */
@Configuration(proxyBeanMethods = false)
public class InclusionConfiguration {

    @Bean
    AccessibilitySettings accessibilitySettings() {
        return new AccessibilitySettings();
    }

    /** One thread: prompts are spoken one after the other, never on the JavaFX thread. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService voiceExecutor() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "voice");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    VoicePrompts voicePrompts(Messages messages, ExecutorService voiceExecutor,
            @Value("${kiosk.voice.espeak:espeak-ng}") String espeak,
            @Value("${kiosk.voice.cache-dir:${java.io.tmpdir}/lingong-kiosk-voice}") Path cacheDir,
            @Value("${kiosk.voice.recordings:voice/mn}") Path recordings) {
        return new VoicePrompts(messages, new EspeakSynthesiser(espeak, cacheDir), new SoundCardOut(), recordings,
                voiceExecutor, Platform::runLater);
    }

    @Bean
    ShellExtension inclusionShellExtension(AccessibilitySettings settings, VoicePrompts voice, Messages messages,
            ScreenNavigator navigator, IdleSession idle, StaffAlerts alerts) {
        return new InclusionShellExtension(settings, voice, messages, navigator, idle, alerts);
    }
}
