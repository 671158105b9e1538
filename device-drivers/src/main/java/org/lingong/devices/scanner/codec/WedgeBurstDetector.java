package org.lingong.devices.scanner.codec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells a keyboard-wedge (USB HID keyboard) scanner from a person typing, by timing.
 *
 * <p>A burst is a run of characters whose gaps are each at most {@code maxGap} (default 35 ms). A burst ends at
 * Enter ({@code '\r'} or {@code '\n'}), at a gap longer than {@code maxGap} (noticed when the next key arrives or
 * when {@link #flush(long)} is called), or when it reaches {@code maxLength}. A burst of at least
 * {@code minLength} characters (default 6) is a {@link WedgeResult.Scan}; a shorter one is
 * {@link WedgeResult.HumanTyping}, returned with its Enter so that the UI can pass it through unchanged.
 *
 * <p>There is no clock inside: every call carries the time of the event in nanoseconds from any monotonic
 * source (e.g. {@code System.nanoTime()} or a JavaFX event's timestamp). The caller should call
 * {@link #flush(long)} from a timer some time after the last key, for scanners configured without a suffix.
 * Not thread-safe: call from one thread (the UI thread).
 */
public final class WedgeBurstDetector {

    public static final Duration DEFAULT_MAX_GAP = Duration.ofMillis(35);
    public static final int DEFAULT_MIN_LENGTH = 6;
    public static final int DEFAULT_MAX_LENGTH = 4096;

    private final long maxGapNanos;
    private final int minLength;
    private final int maxLength;
    private final StringBuilder burst = new StringBuilder();
    private long lastKeyNanos;

    public WedgeBurstDetector() {
        this(DEFAULT_MAX_GAP, DEFAULT_MIN_LENGTH, DEFAULT_MAX_LENGTH);
    }

    public WedgeBurstDetector(Duration maxGap, int minLength, int maxLength) {
        if (maxGap.isNegative() || maxGap.isZero()) {
            throw new IllegalArgumentException("maxGap must be positive, was " + maxGap);
        }
        if (minLength < 1 || maxLength < minLength) {
            throw new IllegalArgumentException("need 1 <= minLength <= maxLength, was " + minLength + ", " + maxLength);
        }
        this.maxGapNanos = maxGap.toNanos();
        this.minLength = minLength;
        this.maxLength = maxLength;
    }

    /** Records one typed character; returns the bursts it completed (0, 1 or 2), oldest first. */
    public List<WedgeResult> onKey(char c, long nanos) {
        List<WedgeResult> done = new ArrayList<>(2);
        if (burst.length() > 0 && nanos - lastKeyNanos > maxGapNanos) {
            done.add(endBySilence());
        }
        lastKeyNanos = nanos;
        if (c == '\r' || c == '\n') {
            done.add(endByEnter(c));
        } else {
            burst.append(c);
            if (burst.length() == maxLength) {
                done.add(endBySilence());
            }
        }
        return done;
    }

    /** Ends the current burst if more than {@code maxGap} has passed since its last key at {@code nowNanos}. */
    public List<WedgeResult> flush(long nowNanos) {
        if (burst.length() > 0 && nowNanos - lastKeyNanos > maxGapNanos) {
            return List.of(endBySilence());
        }
        return List.of();
    }

    /** Characters held in the current, unfinished burst. */
    public int pendingLength() {
        return burst.length();
    }

    private WedgeResult endByEnter(char enter) {
        String text = take();
        return text.length() >= minLength ? new WedgeResult.Scan(text, true) : new WedgeResult.HumanTyping(text + enter);
    }

    private WedgeResult endBySilence() {
        String text = take();
        return text.length() >= minLength ? new WedgeResult.Scan(text, false) : new WedgeResult.HumanTyping(text);
    }

    private String take() {
        String text = burst.toString();
        burst.setLength(0);
        return text;
    }
}
