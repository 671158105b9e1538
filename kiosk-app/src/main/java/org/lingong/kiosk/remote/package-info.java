/**
 * Remote configuration and commands on the kiosk: applies the platform's signed configuration, every setting live
 * (idle times, the station name on every screen, slip and staff call, service items, log level, the printer's paper
 * width and QR mode for the next slip; the stored configuration is also put above {@code config/kiosk.yml} at the next
 * start, {@link org.lingong.kiosk.remote.RemoteSettingsOverlay}), runs each command once and builds the redacted
 * diagnostic bundle. The checks of the orders live in backend-client ({@code RemoteControl}).
 */
@NullMarked
package org.lingong.kiosk.remote;

import org.jspecify.annotations.NullMarked;
