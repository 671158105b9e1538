/**
 * {@code lingong-kiosk doctor}: one plain report on what a kiosk needs (configuration, device ports and permissions,
 * fonts, display, platform link, clock, disk), short enough for a technician to read out on the phone.
 */
@NullMarked
package org.lingong.kiosk.doctor;

import org.jspecify.annotations.NullMarked;
