package org.lingong.devices.scanner.codec;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The character encoding a scanned code was decoded with. */
public enum TextEncoding {
    UTF_8(StandardCharsets.UTF_8),
    GBK(Charset.forName("GBK"));

    private final Charset charset;

    TextEncoding(Charset charset) {
        this.charset = charset;
    }

    public Charset charset() {
        return charset;
    }
}
