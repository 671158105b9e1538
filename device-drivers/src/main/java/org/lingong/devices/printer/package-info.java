/**
 * The receipt printer driver: {@link org.lingong.devices.printer.ReceiptPrinterSession} (status and
 * print over a {@link org.lingong.devices.transport.Transport}, synchronous on the caller's thread) and
 * the referral slip layout ({@link org.lingong.devices.printer.ReceiptLayout} over a
 * {@link org.lingong.devices.printer.ReferralSlip} record). The kiosk uses
 * {@link org.lingong.devices.printer.ReceiptPrinterDevice}: a managed device (reconnect) with asynchronous
 * {@code print} and a periodic status poll.
 */
package org.lingong.devices.printer;
