package org.lingong.devices.printer.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds one ESC/POS job. Methods append commands and return {@code this}; {@link #build()} returns
 * a fresh copy of the bytes so far (the builder can continue). Not thread-safe; use one per job.
 *
 * <p>Exact wire bytes of every method are in its Javadoc (source: {@code docs/devices.md} C.1–C.4).
 * Text goes through a {@link GbkTextEncoder} (strict by default) and may contain no control characters.
 */
public final class EscPosBuilder {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    private final GbkTextEncoder encoder;
    private final List<EncodedText.Replacement> replacements = new ArrayList<>();

    private EscPosBuilder(GbkTextEncoder encoder) {
        this.encoder = encoder;
    }

    /** A builder whose text methods throw {@link UnmappableTextException} for unprintable characters. */
    public static EscPosBuilder create() {
        return new EscPosBuilder(GbkTextEncoder.strict());
    }

    public static EscPosBuilder create(GbkTextEncoder encoder) {
        return new EscPosBuilder(encoder);
    }

    /** {@code 1B 40} ESC @: clears the buffer and resets modes. */
    public EscPosBuilder init() {
        return raw(EscPos.ESC, 0x40);
    }

    /** {@code 1C 26} FS & (Chinese mode on) or {@code 1C 2E} FS . (off: bytes ≥ 80 are single-byte code page). */
    public EscPosBuilder chineseMode(boolean on) {
        return raw(EscPos.FS, on ? 0x26 : 0x2E);
    }

    /** {@code 1B 61 n}, n = 0 left, 1 centre, 2 right. Takes effect at the start of a line. */
    public EscPosBuilder align(Align align) {
        return raw(EscPos.ESC, 0x61, align.code());
    }

    /** {@code 1B 45 n}, n = 1 on, 0 off. */
    public EscPosBuilder bold(boolean on) {
        return raw(EscPos.ESC, 0x45, on ? 1 : 0);
    }

    /** {@code 1D 21 n}, n = (width−1) &lt;&lt; 4 | (height−1); width and height 1..8. */
    public EscPosBuilder size(int width, int height) {
        if (width < 1 || width > 8 || height < 1 || height > 8) {
            throw new IllegalArgumentException("character size must be 1..8 x 1..8, was " + width + "x" + height);
        }
        return raw(EscPos.GS, 0x21, (width - 1) << 4 | (height - 1));
    }

    /** The text's bytes (printable ASCII and 2-byte GBK), no line feed. */
    public EscPosBuilder text(String text) {
        EncodedText encoded = encoder.encode(text);
        replacements.addAll(encoded.replacements());
        out.writeBytes(encoded.bytes());
        return this;
    }

    /** {@link #text} followed by {@code 0A}. */
    public EscPosBuilder line(String text) {
        return text(text).lineFeed();
    }

    /** {@code 0A} LF: prints the buffer and feeds one line. */
    public EscPosBuilder lineFeed() {
        return raw(0x0A);
    }

    /** {@code 1B 64 n}: prints the buffer and feeds n lines (0..255). */
    public EscPosBuilder feedLines(int n) {
        requireByte(n, "feed lines");
        return raw(EscPos.ESC, 0x64, n);
    }

    /** A line of {@code columns} '-' characters followed by LF, at normal size. */
    public EscPosBuilder rule(int columns) {
        return line("-".repeat(columns));
    }

    /** {@code 1D 56 42 n}: feeds to the cutting position plus n vertical units, then partial cut. */
    public EscPosBuilder feedAndCut(int n) {
        requireByte(n, "cut feed");
        return raw(EscPos.GS, 0x56, 0x42, n);
    }

    /** {@code 1B 64 lines} then {@code 1D 56 00} full cut (GS V acts only at line start, hence the feed). */
    public EscPosBuilder feedThenFullCut(int lines) {
        return feedLines(lines).raw(EscPos.GS, 0x56, 0x00);
    }

    /**
     * The native QR sequence, payload encoded as UTF-8:
     * <pre>
     * 1D 28 6B 04 00 31 41 32 00      model 2
     * 1D 28 6B 03 00 31 43 m          module size m dots (1..16)
     * 1D 28 6B 03 00 31 45 e          EC level 30 L / 31 M / 32 Q / 33 H
     * 1D 28 6B pL pH 31 50 30 d1..dk  store, pL + pH*256 = k + 3, k = UTF-8 byte count
     * 1D 28 6B 03 00 31 51 30         print
     * </pre>
     */
    public EscPosBuilder qrNative(String payload, int moduleDots, QrErrorCorrection ec) {
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        int params = data.length + 3;
        if (data.length == 0 || params > EscPos.MAX_QR_STORE_PARAMS) {
            throw new IllegalArgumentException("QR payload must be 1.." + (EscPos.MAX_QR_STORE_PARAMS - 3)
                    + " bytes, was " + data.length);
        }
        if (moduleDots < 1 || moduleDots > 16) {
            throw new IllegalArgumentException("QR module size must be 1..16 dots, was " + moduleDots);
        }
        raw(EscPos.GS, 0x28, 0x6B, 0x04, 0x00, EscPos.QR_CN, 0x41, 0x32, 0x00);
        raw(EscPos.GS, 0x28, 0x6B, 0x03, 0x00, EscPos.QR_CN, 0x43, moduleDots);
        raw(EscPos.GS, 0x28, 0x6B, 0x03, 0x00, EscPos.QR_CN, 0x45, ec.wireCode());
        raw(EscPos.GS, 0x28, 0x6B, params & 0xFF, params >> 8, EscPos.QR_CN, 0x50, 0x30);
        out.writeBytes(data);
        return raw(EscPos.GS, 0x28, 0x6B, 0x03, 0x00, EscPos.QR_CN, 0x51, 0x30);
    }

    /**
     * The bitmap as {@code GS v 0} bands of at most {@value EscPos#MAX_RASTER_BAND_ROWS} rows:
     * {@code 1D 76 30 00 xL xH yL yH d1..dk}, x = bytes per row, y = rows, k = x*y, MSB = leftmost dot.
     */
    public EscPosBuilder raster(MonoBitmap bitmap) {
        int x = bitmap.bytesPerRow();
        for (int from = 0; from < bitmap.height(); from += EscPos.MAX_RASTER_BAND_ROWS) {
            int rows = Math.min(EscPos.MAX_RASTER_BAND_ROWS, bitmap.height() - from);
            raw(EscPos.GS, 0x76, 0x30, 0x00, x & 0xFF, x >> 8, rows & 0xFF, rows >> 8);
            out.writeBytes(bitmap.rasterRows(from, from + rows));
        }
        return this;
    }

    /** Appends bytes as they are (for commands this builder does not model). */
    public EscPosBuilder rawBytes(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    /** Appends each int as one byte (values 0..255). */
    public EscPosBuilder raw(int... bytes) {
        for (int b : bytes) {
            requireByte(b, "byte");
            out.write(b);
        }
        return this;
    }

    /** The job so far; a new array on each call. */
    public byte[] build() {
        return out.toByteArray();
    }

    /** Characters replaced so far (table equivalents and markers); each index is within its own {@link #text} call. */
    public List<EncodedText.Replacement> replacements() {
        return List.copyOf(replacements);
    }

    private static void requireByte(int value, String what) {
        if (value < 0 || value > 255) {
            throw new IllegalArgumentException(what + " must be 0..255, was " + value);
        }
    }
}
