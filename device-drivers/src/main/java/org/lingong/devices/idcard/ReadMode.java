package org.lingong.devices.idcard;

import org.lingong.devices.idcard.codec.SamCommand;

/** What to read from a card. */
public enum ReadMode {
    /** {@code 30 01}: text block and photo (1295-byte reply, ≈112 ms at 115200). */
    TEXT_PHOTO(SamCommand.READ_TEXT_PHOTO),
    /** {@code 30 10}: text block, photo and fingerprint (up to 2321 bytes, ≈201 ms at 115200). */
    TEXT_PHOTO_FINGERPRINT(SamCommand.READ_TEXT_PHOTO_FINGERPRINT);

    private final SamCommand command;

    ReadMode(SamCommand command) {
        this.command = command;
    }

    public SamCommand command() {
        return command;
    }
}
