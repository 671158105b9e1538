/**
 * Pure ESC/POS codec: job builder, strict 2-byte GBK text encoding, QR raster rendering and the
 * DLE EOT / ASB status decoders. Functions over {@code byte[]} only: no ports, sockets, files or threads.
 * Byte-exact facts: {@code docs/devices.md} section C.
 */
package org.lingong.devices.printer.codec;
