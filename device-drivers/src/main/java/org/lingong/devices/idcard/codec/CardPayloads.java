package org.lingong.devices.idcard.codec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parsers and builders for the data part (bytes after SW3) of read responses (devices.md A.4).
 * Lengths always come from the length fields, never from constants.
 *
 * <pre>
 * 30 01: TL_H TL_L PL_H PL_L | text[TL] | photo[PL]              (frame offsets 10..13, 14.., normally 256 + 1024)
 * 30 10: TL_H TL_L PL_H PL_L FL_H FL_L | text | photo | finger   (frame offsets 10..15, 16..; FL may be 0)
 * 30 03: up to 4 x 70-byte UCS-2LE addresses; 4 bytes or fewer mean "no appended address"
 * </pre>
 */
public final class CardPayloads {

    /** Byte length of one appended address slot (35 UCS-2 characters). */
    public static final int APPENDED_ADDRESS_LENGTH = 70;

    private CardPayloads() {
    }

    /** Parses the data of a {@code 30 01} (text + photo) response. */
    public static CardPayload parseTextPhoto(byte[] data) throws CardDecodeException {
        int[] lengths = lengths(data, 2);
        int start = 4;
        byte[] text = Arrays.copyOfRange(data, start, start + lengths[0]);
        byte[] photo = Arrays.copyOfRange(data, start + lengths[0], data.length);
        return new CardPayload(text, OpaqueBytes.of(photo), OpaqueBytes.EMPTY);
    }

    /** Parses the data of a {@code 30 10} (text + photo + fingerprint) response. */
    public static CardPayload parseTextPhotoFingerprint(byte[] data) throws CardDecodeException {
        int[] lengths = lengths(data, 3);
        int text = 6;
        int photo = text + lengths[0];
        int finger = photo + lengths[1];
        return new CardPayload(Arrays.copyOfRange(data, text, photo),
                OpaqueBytes.of(Arrays.copyOfRange(data, photo, finger)),
                OpaqueBytes.of(Arrays.copyOfRange(data, finger, data.length)));
    }

    /** Data of a {@code 30 01} response for {@code text} and {@code photo}. */
    public static byte[] buildTextPhoto(byte[] text, byte[] photo) {
        return concat(new int[] {text.length, photo.length}, text, photo);
    }

    /** Data of a {@code 30 10} response. */
    public static byte[] buildTextPhotoFingerprint(byte[] text, byte[] photo, byte[] fingerprint) {
        return concat(new int[] {text.length, photo.length, fingerprint.length}, text, photo, fingerprint);
    }

    /**
     * Parses the data of a {@code 30 03} response into the appended addresses (trailing space padding
     * removed, empty slots dropped). A payload of 4 bytes or fewer means none.
     */
    public static List<String> parseAppendedAddresses(byte[] data) throws CardDecodeException {
        List<String> addresses = new ArrayList<>();
        if (data.length <= 4) {
            return addresses;
        }
        if (data.length % 2 != 0 || data.length > 4 * APPENDED_ADDRESS_LENGTH) {
            throw new CardDecodeException("appendedAddress", "payload of " + data.length
                    + " bytes is not up to 4 slots of UCS-2 text");
        }
        TextBlockReader reader = new TextBlockReader(data);
        for (int off = 0; off < data.length; off += APPENDED_ADDRESS_LENGTH) {
            String a = reader.text("appendedAddress", off, Math.min(APPENDED_ADDRESS_LENGTH, data.length - off));
            if (!a.isEmpty()) {
                addresses.add(a);
            }
        }
        return addresses;
    }

    /** Data of a {@code 30 03} response: one space-padded 70-byte slot per address (at most 4). */
    public static byte[] buildAppendedAddresses(List<String> addresses) {
        if (addresses.size() > 4) {
            throw new IllegalArgumentException("at most 4 appended addresses");
        }
        byte[] out = new byte[addresses.size() * APPENDED_ADDRESS_LENGTH];
        for (int i = 0; i < out.length; i += 2) {
            out[i] = 0x20;
        }
        for (int i = 0; i < addresses.size(); i++) {
            byte[] a = addresses.get(i).getBytes(StandardCharsets.UTF_16LE);
            if (a.length > APPENDED_ADDRESS_LENGTH) {
                throw new IllegalArgumentException("appended address longer than 35 characters");
            }
            System.arraycopy(a, 0, out, i * APPENDED_ADDRESS_LENGTH, a.length);
        }
        return out;
    }

    /** Reads {@code count} big-endian u16 length fields and checks that they add up to the payload. */
    private static int[] lengths(byte[] data, int count) throws CardDecodeException {
        int headerLength = 2 * count;
        if (data.length < headerLength) {
            throw new CardDecodeException("lengthFields", "payload of " + data.length + " bytes is shorter than "
                    + headerLength + " bytes of length fields");
        }
        int[] lengths = new int[count];
        int total = headerLength;
        for (int i = 0; i < count; i++) {
            lengths[i] = (data[2 * i] & 0xFF) << 8 | (data[2 * i + 1] & 0xFF);
            total += lengths[i];
        }
        if (total != data.length) {
            String[] names = {"text", "photo", "fingerprint"};
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < count; i++) {
                sb.append(i > 0 ? " + " : "").append(names[i]).append(' ').append(lengths[i]);
            }
            throw new CardDecodeException("lengthFields", sb + " + " + headerLength + " header bytes = " + total
                    + " but the payload has " + data.length + " bytes");
        }
        return lengths;
    }

    private static byte[] concat(int[] lengths, byte[]... parts) {
        int total = 2 * lengths.length;
        for (byte[] p : parts) {
            total += p.length;
        }
        byte[] out = new byte[total];
        int pos = 0;
        for (int len : lengths) {
            out[pos++] = (byte) (len >>> 8);
            out[pos++] = (byte) len;
        }
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, pos, p.length);
            pos += p.length;
        }
        return out;
    }
}
