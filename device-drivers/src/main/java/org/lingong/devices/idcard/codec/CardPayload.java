package org.lingong.devices.idcard.codec;

import java.util.Objects;

/**
 * The parts of a read response's data: the text block (normally 256 bytes), the WLT photo
 * (normally 1024 bytes) and the fingerprint (0..1024 bytes; always empty for {@code 30 01}).
 */
public record CardPayload(byte[] text, OpaqueBytes photo, OpaqueBytes fingerprint) {

    public CardPayload {
        text = text.clone();
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    @Override
    public byte[] text() {
        return text.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CardPayload p && java.util.Arrays.equals(text, p.text) && photo.equals(p.photo)
                && fingerprint.equals(p.fingerprint);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * java.util.Arrays.hashCode(text) + photo.hashCode()) + fingerprint.hashCode();
    }

    /** Sizes only: the text is personal data. */
    @Override
    public String toString() {
        return "CardPayload[text=" + text.length + " bytes, photo=" + photo + ", fingerprint=" + fingerprint + "]";
    }
}
