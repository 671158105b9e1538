package org.lingong.devices.idcard.codec;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One SAM frame, in either direction (devices.md A.1):
 *
 * <pre>
 * Host -> reader:  AA AA AA 96 69 | LEN_H LEN_L | CMD PARA [DATA...]    | CHK
 * Reader -> host:  AA AA AA 96 69 | LEN_H LEN_L | SW1 SW2 SW3 [DATA...] | CHK
 * </pre>
 *
 * LEN (big-endian) counts every byte after the LEN field, CHK included, so the wire length is
 * {@code 7 + LEN}. CHK is the XOR of LEN_H, LEN_L and the body. This class keeps only the
 * <em>body</em> (the bytes between LEN and CHK) and computes the rest. Immutable.
 */
public final class SamFrame {

    /** The 5-byte preamble {@code AA AA AA 96 69}. */
    static final byte[] PREAMBLE = {(byte) 0xAA, (byte) 0xAA, (byte) 0xAA, (byte) 0x96, 0x69};
    /** Bytes before the body: preamble and LEN. */
    public static final int HEADER_LENGTH = 7;
    /** Largest LEN this codec accepts (the biggest real frame, text+photo+fingerprint, has LEN 2314). */
    public static final int MAX_LEN = 4096;
    /** Smallest sensible LEN: two body bytes (CMD PARA) and CHK. */
    public static final int MIN_LEN = 3;

    private final byte[] body;

    private SamFrame(byte[] body) {
        this.body = body;
    }

    /** A frame with the given body (copied). */
    public static SamFrame ofBody(byte[] body) {
        if (body.length + 1 < MIN_LEN || body.length + 1 > MAX_LEN) {
            throw new IllegalArgumentException("body of " + body.length + " bytes gives an impossible LEN");
        }
        return new SamFrame(body.clone());
    }

    /** The host's request for a command, e.g. {@code AA AA AA 96 69 00 03 20 01 22} for find card. */
    public static SamFrame request(SamCommand command) {
        return new SamFrame(new byte[] {(byte) command.code(), (byte) command.parameter()});
    }

    /** A reader's reply: SW1 = SW2 = 00, SW3 = {@code result}, then {@code data}. */
    public static SamFrame response(SamResult result, byte[] data) {
        byte[] b = new byte[3 + data.length];
        b[2] = (byte) result.code();
        System.arraycopy(data, 0, b, 3, data.length);
        return ofBody(b);
    }

    /** The body (copy): CMD PARA DATA for a request, SW1 SW2 SW3 DATA for a response. */
    public byte[] body() {
        return body.clone();
    }

    public int bodyLength() {
        return body.length;
    }

    /** Body byte {@code i} as 0..255. */
    public int bodyByte(int i) {
        return body[i] & 0xFF;
    }

    /** The value of the LEN field: body plus checksum. */
    public int len() {
        return body.length + 1;
    }

    /** Total bytes on the wire: {@code 7 + LEN}. */
    public int frameLength() {
        return HEADER_LENGTH + len();
    }

    /** Whether this is a response whose body holds SW1 SW2 SW3. */
    public boolean hasResultCode() {
        return body.length >= 3;
    }

    /** SW3 of a response. Only meaningful on responses ({@link #hasResultCode()}). */
    public SamResult result() {
        return SamResult.of(bodyByte(2));
    }

    /** A response's data after SW3 (copy). */
    public byte[] responseData() {
        return body.length <= 3 ? new byte[0] : Arrays.copyOfRange(body, 3, body.length);
    }

    /** The complete wire encoding, preamble to checksum. */
    public byte[] toBytes() {
        byte[] out = new byte[frameLength()];
        System.arraycopy(PREAMBLE, 0, out, 0, PREAMBLE.length);
        out[5] = (byte) (len() >>> 8);
        out[6] = (byte) len();
        System.arraycopy(body, 0, out, HEADER_LENGTH, body.length);
        out[out.length - 1] = (byte) xor(out, 5, out.length - 1);
        return out;
    }

    /** XOR of {@code bytes[from..to)}. */
    static int xor(byte[] bytes, int from, int to) {
        int x = 0;
        for (int i = from; i < to; i++) {
            x ^= bytes[i];
        }
        return x & 0xFF;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SamFrame f && Arrays.equals(body, f.body);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(body);
    }

    /** Shows LEN and at most the first three body bytes: card data never reaches logs. */
    @Override
    public String toString() {
        String head = HexFormat.ofDelimiter(" ").withUpperCase().formatHex(body, 0, Math.min(3, body.length));
        return "SamFrame[LEN=" + len() + ", body=" + head + (body.length > 3 ? " +" + (body.length - 3) + " bytes" : "") + "]";
    }
}
