/**
 * Transport specs as written in configuration and on the CLI ({@code serial:/dev/ttyUSB0@115200},
 * {@code tcp:host:9100}, {@code file:/dev/usb/lp0}, {@code sim:idcard}) and the factories they produce.
 */
package org.lingong.devices.transport.spec;
