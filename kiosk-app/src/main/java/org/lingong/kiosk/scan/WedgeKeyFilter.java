package org.lingong.kiosk.scan;

import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * A scene-level filter that keeps keyboard-wedge scans out of text fields: every {@code KEY_TYPED} is consumed
 * and fed to {@link WedgeInput}; what a person typed is re-fired, unchanged, at the focused node once the detector
 * has decided (within {@link WedgeInput#flushDelay()}); scans go to the scan router. While characters are held,
 * Enter presses are consumed too, so a scanner's Enter never fires a focused button. JavaFX thread only.
 */
public final class WedgeKeyFilter {

    private final Scene scene;
    private final WedgeInput input;
    private final PauseTransition flushTimer;
    private boolean replaying;

    private WedgeKeyFilter(Scene scene, WedgeInput input) {
        this.scene = scene;
        this.input = input;
        this.flushTimer = new PauseTransition(Duration.millis(input.flushDelay().toMillis()));
        flushTimer.setOnFinished(event -> replay(input.flush()));
    }

    /** Installs the filter on {@code scene}. */
    public static WedgeKeyFilter install(Scene scene, WedgeInput input) {
        WedgeKeyFilter filter = new WedgeKeyFilter(scene, input);
        scene.addEventFilter(KeyEvent.KEY_TYPED, filter::typed);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, filter::enterWhileHolding);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, filter::enterWhileHolding);
        return filter;
    }

    private void typed(KeyEvent event) {
        if (replaying) {
            return;
        }
        event.consume();
        StringBuilder passOn = new StringBuilder();
        for (char c : event.getCharacter().toCharArray()) {
            passOn.append(input.onKey(c));
        }
        replay(passOn.toString());
        if (input.holding()) {
            flushTimer.playFromStart();
        }
    }

    private void enterWhileHolding(KeyEvent event) {
        if (!replaying && event.getCode() == KeyCode.ENTER && input.holding()) {
            event.consume();
        }
    }

    private void replay(String text) {
        if (text.isEmpty()) {
            return;
        }
        Node focused = scene.getFocusOwner();
        EventTarget target = focused != null ? focused : scene;
        replaying = true;
        try {
            for (int i = 0; i < text.length(); i++) {
                String ch = String.valueOf(text.charAt(i));
                Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED,
                        false, false, false, false));
            }
        } finally {
            replaying = false;
        }
    }
}
