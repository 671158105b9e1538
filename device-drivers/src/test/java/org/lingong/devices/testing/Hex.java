package org.lingong.devices.testing;

import java.util.HexFormat;

/** Hex dumps for byte-exact assertion messages. */
public final class Hex {

    private Hex() {
    }

    /** {@code "0D 0A 41"}. */
    public static String dump(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(bytes);
    }
}
