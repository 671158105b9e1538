package org.lingong.kiosk.registration;

import javafx.scene.Node;

/**
 * A piece another feature shows in the top-right corner of the registration screen (the worker code on the done
 * step). Features contribute beans of this type; {@link #create()} runs on the JavaFX thread, once per screen.
 */
@FunctionalInterface
public interface RegistrationCorner {

    Node create();
}
