package org.lingong.devices.idcard.codec;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The SAM's management number: 16 raw bytes from the {@code 12 FF} response (devices.md A.4),
 * little-endian u16, u16, u32, u32, u32. Vendors format it differently, so the raw bytes are kept.
 */
public final class SamId {

    public static final int LENGTH = 16;

    private final byte[] raw;

    private SamId(byte[] raw) {
        this.raw = raw;
    }

    public static SamId parse(byte[] data) throws CardDecodeException {
        if (data.length != LENGTH) {
            throw new CardDecodeException("samId", "must be " + LENGTH + " bytes, is " + data.length);
        }
        return new SamId(data.clone());
    }

    public byte[] raw() {
        return raw.clone();
    }

    /** SDTAPI style {@code "%02d.%02d-%08u-%010u-%010u"}, e.g. {@code 05.01-20260101-0000000042-0000001234}. */
    public String format() {
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        return String.format("%02d.%02d-%08d-%010d-%010d", b.getShort() & 0xFFFF, b.getShort() & 0xFFFF,
                b.getInt() & 0xFFFFFFFFL, b.getInt() & 0xFFFFFFFFL, b.getInt() & 0xFFFFFFFFL);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SamId s && Arrays.equals(raw, s.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "SamId[" + format() + "]";
    }
}
