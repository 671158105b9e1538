/**
 * Typed, validated kiosk configuration ({@code kiosk.*} in {@code config/kiosk.yml}), and the station as people see it
 * now ({@link org.lingong.kiosk.config.CurrentStation}: the name the remote configuration may change live).
 */
@NullMarked
package org.lingong.kiosk.config;

import org.jspecify.annotations.NullMarked;
