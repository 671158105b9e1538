package org.lingong.devices.printer.codec;

import java.util.Arrays;

/**
 * An immutable 1-bit image in the printer's raster layout: rows of {@link #bytesPerRow()} bytes,
 * most significant bit = leftmost dot, bit set = black (printed) dot. This is exactly the data
 * layout of {@code GS v 0}.
 */
public final class MonoBitmap {

    private final int width;
    private final int height;
    private final int bytesPerRow;
    private final byte[] data;

    private MonoBitmap(int width, int height, byte[] data) {
        this.width = width;
        this.height = height;
        this.bytesPerRow = (width + 7) / 8;
        this.data = data;
    }

    /** A white bitmap of the given size in dots. */
    public static Builder builder(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("bitmap size must be positive, was " + width + "x" + height);
        }
        return new Builder(width, height);
    }

    /**
     * Wraps raster data as received in {@code GS v 0}: {@code bytesPerRow * height} bytes; width is
     * {@code bytesPerRow * 8} dots.
     */
    public static MonoBitmap fromRaster(int bytesPerRow, int height, byte[] raster) {
        if (raster.length != bytesPerRow * height) {
            throw new IllegalArgumentException("raster has " + raster.length + " bytes, expected "
                    + bytesPerRow + " x " + height);
        }
        return new MonoBitmap(bytesPerRow * 8, height, raster.clone());
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int bytesPerRow() {
        return bytesPerRow;
    }

    public boolean isBlack(int x, int y) {
        int b = data[y * bytesPerRow + x / 8] & 0xFF;
        return (b & (0x80 >> (x % 8))) != 0;
    }

    /**
     * The dots as opaque ARGB pixels, row by row ({@code 0xFF000000} black, {@code 0xFFFFFFFF} white): what
     * {@code BufferedImage.setRGB} and JavaFX's {@code PixelWriter.setPixels} take.
     */
    public int[] argb() {
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = isBlack(x, y) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return pixels;
    }

    /** A copy of rows {@code fromRow} (inclusive) to {@code toRow} (exclusive) in raster layout. */
    public byte[] rasterRows(int fromRow, int toRow) {
        return Arrays.copyOfRange(data, fromRow * bytesPerRow, toRow * bytesPerRow);
    }

    @Override
    public String toString() {
        return "MonoBitmap[" + width + "x" + height + "]";
    }

    /** Mutable drawing surface that produces one immutable {@link MonoBitmap}. */
    public static final class Builder {
        private final int width;
        private final int height;
        private final byte[] data;

        private Builder(int width, int height) {
            this.width = width;
            this.height = height;
            this.data = new byte[((width + 7) / 8) * height];
        }

        public Builder set(int x, int y) {
            if (x < 0 || y < 0 || x >= width || y >= height) {
                throw new IndexOutOfBoundsException("dot " + x + "," + y + " outside " + width + "x" + height);
            }
            data[y * ((width + 7) / 8) + x / 8] |= (byte) (0x80 >> (x % 8));
            return this;
        }

        public Builder fillRect(int x, int y, int w, int h) {
            for (int row = y; row < y + h; row++) {
                for (int col = x; col < x + w; col++) {
                    set(col, row);
                }
            }
            return this;
        }

        public MonoBitmap build() {
            return new MonoBitmap(width, height, data.clone());
        }
    }
}
