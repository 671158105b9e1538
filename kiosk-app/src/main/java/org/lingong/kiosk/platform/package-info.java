/**
 * The kiosk's connection to the platform through the backend client: enrollment, outbox delivery, heartbeats and
 * catalog refreshes on a background thread ({@link org.lingong.kiosk.platform.PlatformConnection}), and the
 * platform-backed implementations of the kiosk's ports (catalog freshness, service items, registration sink).
 */
@NullMarked
package org.lingong.kiosk.platform;

import org.jspecify.annotations.NullMarked;
