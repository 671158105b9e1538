/**
 * The ID-card reader driver over any {@link org.lingong.devices.transport.Transport}:
 * {@link org.lingong.devices.idcard.SamReaderSession} (synchronous command/reply with per-command
 * deadlines) and
 * {@link org.lingong.devices.idcard.CardPoller} (placed / removed events, one read per placement).
 * {@link org.lingong.devices.idcard.IdCardReaderDevice} is what the kiosk uses: a managed device (reconnect, baud
 * probe on every connect) polling for cards on its owner thread and publishing card and status events.
 * Expected reader states are values ({@link org.lingong.devices.idcard.CardReadOutcome}); broken I/O is a
 * {@link org.lingong.devices.transport.TransportException} with a reason.
 */
package org.lingong.devices.idcard;
