package org.lingong.kiosk.watchdog;

/** Sends one sd_notify state line ({@code WATCHDOG=1}, {@code READY=1}) to the service manager. */
@FunctionalInterface
public interface WatchdogNotifier {

    void notify(String state);
}
