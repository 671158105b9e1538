package org.lingong.devices.printer.codec;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.HexFormat;

/** Byte-array equality with a hex dump of both arrays and the first differing offset on failure. */
public final class HexAssert {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private HexAssert() {
    }

    /** Builds a byte array from ints, for annotated expected arrays. */
    public static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    /** Concatenates arrays. */
    public static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[length];
        int off = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, off, p.length);
            off += p.length;
        }
        return out;
    }

    public static void assertBytes(byte[] expected, byte[] actual) {
        if (Arrays.equals(expected, actual)) {
            return;
        }
        int at = Arrays.mismatch(expected, actual);
        fail("bytes differ at offset " + at + " (expected " + expected.length + " bytes, got " + actual.length + ")"
                + "\nexpected: " + HEX.formatHex(expected)
                + "\nactual:   " + HEX.formatHex(actual));
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
