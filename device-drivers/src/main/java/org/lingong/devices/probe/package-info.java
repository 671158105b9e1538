/**
 * Which device answers on a port, and at which baud: shared by the technician CLI ({@code probe}, {@code read-card})
 * and the kiosk's technician screen.
 */
package org.lingong.devices.probe;
