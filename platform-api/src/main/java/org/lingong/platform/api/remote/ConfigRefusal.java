package org.lingong.platform.api.remote;

/**
 * Orders the terminal refused.
 *
 * @param version the refused configuration's version (0 if it could not be read)
 * @param reason  {@code unsigned}, {@code bad-signature}, {@code no-pinned-key}, {@code wrong-terminal},
 *                {@code older-orders}, {@code older-version}, {@code unreadable} or {@code invalid: …}
 */
public record ConfigRefusal(long version, String reason) {
}
