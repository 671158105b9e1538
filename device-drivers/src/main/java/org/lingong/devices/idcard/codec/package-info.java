/**
 * SAM ID-card reader protocol as pure functions over bytes (devices.md A, B): frame building and
 * incremental decoding with resync, result codes, read payloads, the 256-byte UCS-2LE text block
 * of resident cards and the I / J / Y permits, GB 11643 ID numbers, and the card records.
 *
 * <p>No I/O, no threads, no logging. Bad input is a typed value ({@link
 * org.lingong.devices.idcard.codec.FrameEvent.Rejected}) or a checked {@link
 * org.lingong.devices.idcard.codec.CardDecodeException} naming the field, never an unchecked crash.
 * Personal data never appears in {@code toString()} or exception messages.
 */
package org.lingong.devices.idcard.codec;
