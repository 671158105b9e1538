/**
 * Serial ports through jSerialComm: {@link org.lingong.devices.transport.serial.SerialTransport} (any tty path,
 * pseudo-terminals and symlinks included), its {@link org.lingong.devices.transport.serial.SerialSettings}, and
 * {@link org.lingong.devices.transport.serial.SerialPorts} for the technician's port list. jSerialComm's weak
 * signals (booleans, -1, an event storm on unplug, a stale {@code isOpen()}) end at this package's boundary.
 */
package org.lingong.devices.transport.serial;
