package org.lingong.kiosk.session;

/**
 * Implemented by every view model (and other state holder) that keeps anything from one worker's
 * visit. {@link #clearSession()} is called on the JavaFX thread when the session ends (idle
 * timeout), and must forget everything the next person must not see.
 */
public interface SessionScoped {

    void clearSession();
}
