package org.lingong.kiosk.inclusion;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import org.lingong.kiosk.i18n.Messages;

/**
 * The compact controls in the top bar of every screen: 朗读 (read the screen's instruction aloud), 语音 (voice mode),
 * 大字 and 高对比, each one tap. The two voice controls hide where the kiosk cannot speak.
 */
final class InclusionBarView extends HBox {

    InclusionBarView(AccessibilitySettings settings, VoicePrompts voice, Messages messages, Runnable readAloud) {
        getStyleClass().add("inclusion-bar");
        setMinWidth(Region.USE_PREF_SIZE);
        Button speak = new Button();
        speak.setId("inclusion-speak");
        speak.getStyleClass().add("inclusion-button");
        speak.textProperty().bind(messages.bind("inclusion.speak"));
        speak.setOnAction(event -> readAloud.run());
        ToggleButton voiceMode = toggle("inclusion-voice", "inclusion.voiceMode", settings.voiceProperty(), messages);
        for (var control : new Region[] {speak, voiceMode}) {
            control.visibleProperty().bind(voice.availableProperty());
            control.managedProperty().bind(voice.availableProperty());
        }
        getChildren().addAll(speak, voiceMode,
                toggle("inclusion-large", "inclusion.large", settings.largeProperty(), messages),
                toggle("inclusion-contrast", "inclusion.contrast", settings.highContrastProperty(), messages));
    }

    private static ToggleButton toggle(String id, String key, BooleanProperty on, Messages messages) {
        ToggleButton button = new ToggleButton();
        button.setId(id);
        button.getStyleClass().add("inclusion-button");
        button.textProperty().bind(messages.bind(key));
        button.selectedProperty().bindBidirectional(on);
        button.setFocusTraversable(false);
        return button;
    }
}
