/**
 * Remote configuration and commands on the kiosk: applies the platform's signed configuration (live where it can:
 * idle times, station name on screen, service items, log level, the printer's paper width and QR mode for the next
 * slip; only the station name on slips from the next start, through
 * {@link org.lingong.kiosk.remote.RemoteSettingsOverlay}), runs each command once and builds the redacted diagnostic
 * bundle. The checks of the orders live in backend-client ({@code RemoteControl}).
 */
@NullMarked
package org.lingong.kiosk.remote;

import org.jspecify.annotations.NullMarked;
