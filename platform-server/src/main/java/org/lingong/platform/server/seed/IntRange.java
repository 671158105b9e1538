package org.lingong.platform.server.seed;

/** Inclusive range of whole numbers, parsed from "min-max". */
public record IntRange(int min, int max) {

    public IntRange {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bad range " + min + "-" + max);
        }
    }

    static IntRange parse(String text) {
        String[] ends = text.split("-");
        if (ends.length != 2) {
            throw new IllegalArgumentException("expected min-max, got '" + text + "'");
        }
        return new IntRange(Integer.parseInt(ends[0].strip()), Integer.parseInt(ends[1].strip()));
    }

    public boolean contains(int value) {
        return value >= min && value <= max;
    }
}
