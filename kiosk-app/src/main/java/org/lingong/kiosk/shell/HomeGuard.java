package org.lingong.kiosk.shell;

/** Asked when the person at the kiosk taps 返回首页 (see {@link ScreenNavigator#goHome()}). */
@FunctionalInterface
public interface HomeGuard {

    /** {@code true} when it took over (it asks whether to end the session), {@code false} to go home at once. */
    boolean interceptHome();
}
