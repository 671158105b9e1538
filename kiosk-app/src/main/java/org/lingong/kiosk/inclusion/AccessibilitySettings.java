package org.lingong.kiosk.inclusion;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.lingong.kiosk.session.SessionScoped;

/**
 * What the person at the kiosk switched on: 大字模式, high contrast, voice mode. They belong to the session: the next
 * person starts with all three off. JavaFX thread only.
 */
public final class AccessibilitySettings implements SessionScoped {

    private final BooleanProperty large = new SimpleBooleanProperty(this, "large");
    private final BooleanProperty highContrast = new SimpleBooleanProperty(this, "highContrast");
    private final BooleanProperty voice = new SimpleBooleanProperty(this, "voice");
    private final BooleanBinding needsMoreTime = large.or(voice);

    public BooleanProperty largeProperty() {
        return large;
    }

    public BooleanProperty highContrastProperty() {
        return highContrast;
    }

    public BooleanProperty voiceProperty() {
        return voice;
    }

    /** True in large or voice mode: the idle countdown then doubles. */
    public BooleanBinding needsMoreTime() {
        return needsMoreTime;
    }

    @Override
    public void clearSession() {
        large.set(false);
        highContrast.set(false);
        voice.set(false);
    }
}
