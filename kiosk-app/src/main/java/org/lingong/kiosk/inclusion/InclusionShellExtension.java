package org.lingong.kiosk.inclusion;

import javafx.event.ActionEvent;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;

import org.lingong.kiosk.alert.StaffAlertKind;
import org.lingong.kiosk.alert.StaffAlerts;
import org.lingong.kiosk.i18n.KioskLanguage;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.session.IdleSession;
import org.lingong.kiosk.shell.Screen;
import org.lingong.kiosk.shell.ScreenNavigator;
import org.lingong.kiosk.shell.ShellExtension;
import org.lingong.kiosk.shell.ShellView;
import org.lingong.kiosk.theme.MongolianLineBreaker;

/**
 * Puts the inclusion controls into the shell: the top-bar buttons; the style classes {@code large},
 * {@code high-contrast} and {@code lang-mn} on the scene root; in voice mode each new screen speaks its instruction
 * and keypad digits are echoed; the idle warning is spoken and, in large or voice mode, comes after twice the time.
 * Staff get an alert when the kiosk cannot speak, or speaks Mandarin for a Mongolian prompt not yet recorded.
 */
final class InclusionShellExtension implements ShellExtension {

    static final String LARGE = "large";
    static final String HIGH_CONTRAST = "high-contrast";
    static final String MONGOLIAN = "lang-mn";

    private final AccessibilitySettings settings;
    private final VoicePrompts voice;
    private final Messages messages;
    private final ScreenNavigator navigator;
    private final IdleSession idle;
    private final StaffAlerts alerts;

    InclusionShellExtension(AccessibilitySettings settings, VoicePrompts voice, Messages messages,
            ScreenNavigator navigator, IdleSession idle, StaffAlerts alerts) {
        this.settings = settings;
        this.voice = voice;
        this.messages = messages;
        this.navigator = navigator;
        this.idle = idle;
        this.alerts = alerts;
    }

    @Override
    public void extend(ShellView shell, Scene scene) {
        shell.addTopBarAction(new InclusionBarView(settings, voice, messages, this::readScreen));
        Parent root = scene.getRoot();
        follow(root, LARGE, settings.largeProperty().get());
        settings.largeProperty().addListener((obs, old, on) -> follow(root, LARGE, on));
        settings.highContrastProperty().addListener((obs, old, on) -> follow(root, HIGH_CONTRAST, on));
        follow(root, MONGOLIAN, messages.language() == KioskLanguage.MN);
        messages.languageProperty().addListener((obs, old, now) -> follow(root, MONGOLIAN, now == KioskLanguage.MN));
        MongolianLineBreaker.install(scene);

        navigator.currentProperty().addListener((obs, old, now) -> {
            if (settings.voiceProperty().get()) {
                readScreen();
            }
        });
        settings.voiceProperty().addListener((obs, old, on) -> {
            if (on) {
                readScreen();
            }
        });
        scene.addEventFilter(ActionEvent.ACTION, event -> {
            if (settings.voiceProperty().get() && event.getTarget() instanceof Button key
                    && key.getStyleClass().contains("keypad-digit")) {
                voice.speak(VoicePrompts.DIGIT_KEY, key.getText());
            }
        });

        idle.setPatient(settings.needsMoreTime().get());
        settings.needsMoreTime().addListener((obs, old, patient) -> idle.setPatient(patient));
        idle.warningProperty().addListener((obs, old, shown) -> {
            if (shown) {
                voice.speak("voice.idleWarning");
            }
        });

        voice.unavailableReasonKey().addListener((obs, old, reason) -> {
            if (!reason.isEmpty()) {
                alerts.raise(StaffAlertKind.DEVICE, reason, "");
            }
        });
        voice.mongolianFallbackProperty().addListener((obs, old, fallback) -> {
            if (fallback) {
                alerts.raise(StaffAlertKind.DEVICE, "inclusion.voice.mongolianNotRecorded", "");
            }
        });
        voice.checkAvailability();
    }

    @Override
    public int order() {
        return 50;
    }

    /** The current screen's spoken instruction, or its title where it has none. */
    void readScreen() {
        Screen screen = navigator.current();
        String key = "voice.screen." + screen.name();
        voice.speak(messages.has(KioskLanguage.ZH_CN, key) ? key : screen.titleKey());
    }

    private static void follow(Parent root, String styleClass, boolean on) {
        if (on && !root.getStyleClass().contains(styleClass)) {
            root.getStyleClass().add(styleClass);
        } else if (!on) {
            root.getStyleClass().remove(styleClass);
        }
    }
}
