/**
 * The kiosk's devices: the ID-card reader, receipt printer and serial scanner drivers as Spring-managed beans
 * (built from {@code kiosk.devices.*}, started once the context is up, closed with it) and the status bar's source
 * fed by their status events.
 */
@NullMarked
package org.lingong.kiosk.devices;

import org.jspecify.annotations.NullMarked;
