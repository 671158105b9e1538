package org.lingong.devices.idcard.codec;

import java.util.Arrays;

/**
 * Bytes kept as they came from the card and never interpreted here: the WLT photo and the
 * fingerprint template. Immutable; equality by content; {@link #toString()} shows only the size.
 */
public final class OpaqueBytes {

    public static final OpaqueBytes EMPTY = new OpaqueBytes(new byte[0]);

    private final byte[] bytes;

    private OpaqueBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    public static OpaqueBytes of(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new OpaqueBytes(bytes.clone());
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OpaqueBytes b && Arrays.equals(bytes, b.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return bytes.length + " bytes";
    }
}
