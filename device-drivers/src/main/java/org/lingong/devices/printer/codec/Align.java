package org.lingong.devices.printer.codec;

/** Horizontal justification ({@code ESC a n}); the wire value is {@link #code()}. */
public enum Align {
    LEFT(0), CENTER(1), RIGHT(2);

    private final int code;

    Align(int code) {
        this.code = code;
    }

    /** The {@code n} of {@code 1B 61 n}. */
    public int code() {
        return code;
    }

    /** Decodes {@code n} of {@code ESC a n} (0/48 left, 1/49 centre, 2/50 right); other values give empty. */
    public static java.util.Optional<Align> fromCode(int n) {
        return switch (n) {
            case 0, 48 -> java.util.Optional.of(LEFT);
            case 1, 49 -> java.util.Optional.of(CENTER);
            case 2, 50 -> java.util.Optional.of(RIGHT);
            default -> java.util.Optional.empty();
        };
    }
}
