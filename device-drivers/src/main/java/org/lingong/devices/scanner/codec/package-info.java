/**
 * Pure scanner codecs: the serial line splitter and text decoder
 * ({@link org.lingong.devices.scanner.codec.ScanLineDecoder}) and the keyboard-wedge burst detector
 * ({@link org.lingong.devices.scanner.codec.WedgeBurstDetector}). No ports, files, threads or clocks.
 */
package org.lingong.devices.scanner.codec;
