/**
 * The systemd watchdog of the kiosk session: {@code WATCHDOG=1} goes to systemd only while the JavaFX thread answers,
 * so a frozen UI is killed and restarted by {@code lingong-kiosk.service} ({@code WatchdogSec}).
 */
@NullMarked
package org.lingong.kiosk.watchdog;

import org.jspecify.annotations.NullMarked;
