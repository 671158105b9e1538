package org.lingong.kiosk;

/**
 * For tests that run several kiosks in one JVM: {@link SpringStartup#start} leaves its startup for the next
 * {@link KioskApp} to take (the hand-off from {@link Launcher}), so a startup nobody took (a test's bare Spring context,
 * or the one a directly launched {@code KioskApp} started for itself) would be handed to the next kiosk of the JVM.
 */
public final class UnclaimedStartups {

    private UnclaimedStartups() {
    }

    /** Forgets the startup waiting to be taken, if any (its context stays with whoever started it). */
    public static void forget() {
        SpringStartup.takeStarted();
    }
}
