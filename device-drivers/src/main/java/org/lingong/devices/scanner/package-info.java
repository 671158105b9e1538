/**
 * QR and barcode scanners on a serial port (RS-232 or USB-CDC): the protocol session
 * ({@link org.lingong.devices.scanner.CodeScannerSession}) and a managed scanner that delivers codes to listeners
 * ({@link org.lingong.devices.scanner.SerialCodeScanner}). Keyboard-wedge scanners are handled by the UI with
 * {@link org.lingong.devices.scanner.codec.WedgeBurstDetector}.
 */
package org.lingong.devices.scanner;
