package org.lingong.kiosk.testing;

import javafx.application.Platform;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One JavaFX toolkit for all the test classes a test JVM runs (surefire reuses its forks, see kiosk-app/pom.xml): a
 * class that hides its stages or closes its kiosk does not end the FX thread for the classes after it, and the toolkit
 * ends when the JVM's tests are done. Registered in {@code META-INF/services}. A class whose app calls
 * {@link Platform#exit()} itself (BadConfigurationUiTest) runs in a JVM of its own.
 */
public final class FxToolkitPerJvm implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Platform.setImplicitExit(false);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Platform.exit();
    }
}
