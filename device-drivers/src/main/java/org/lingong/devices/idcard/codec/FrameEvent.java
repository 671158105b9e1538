package org.lingong.devices.idcard.codec;

/** What {@link SamFrameDecoder} found in the bytes fed to it: a valid frame or a rejected one. */
public sealed interface FrameEvent {

    /** A complete frame whose checksum verified. */
    record Received(SamFrame frame) implements FrameEvent {
    }

    /**
     * Bytes that started with a preamble but did not form a valid frame. The decoder has already
     * resumed scanning one byte after that preamble, so a valid frame hidden behind is still found.
     *
     * @param detail technical text without card data (header bytes and counts only)
     */
    record Rejected(FrameError error, String detail) implements FrameEvent {
    }

    /** Why a frame was rejected. */
    enum FrameError {
        /** The XOR over LEN..CHK is not 0. */
        BAD_CHECKSUM,
        /** LEN is below {@link SamFrame#MIN_LEN} or above {@link SamFrame#MAX_LEN}. */
        IMPOSSIBLE_LENGTH
    }
}
