package org.lingong.devices.idcard.codec;

import java.util.HexFormat;

/** Test helper: hex strings with spaces, so that byte-exact assertions fail with readable dumps. */
public final class Hex {

    private static final HexFormat SPACED = HexFormat.ofDelimiter(" ").withUpperCase();

    private Hex() {
    }

    /** {@code "AA AA 96"} (spaces optional) to bytes. */
    public static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    /** Bytes to {@code "AA AA 96"}. */
    public static String of(byte[] bytes) {
        return SPACED.formatHex(bytes);
    }

    /** Normalises a hex string to upper case with single spaces. */
    public static String normalized(String hex) {
        return of(bytes(hex));
    }
}
