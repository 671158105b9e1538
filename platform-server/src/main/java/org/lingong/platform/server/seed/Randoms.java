package org.lingong.platform.server.seed;

import java.util.List;
import java.util.SplittableRandom;

/** Small helpers over one {@link SplittableRandom}. Not thread-safe: one instance per generating thread. */
final class Randoms {

    private final SplittableRandom random;

    Randoms(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** An independent stream for one part of the dataset, so parts do not shift each other. */
    static Randoms forPart(long seed, String part) {
        return new Randoms(partSeed(seed, part));
    }

    static long partSeed(long seed, String part) {
        return mix64(mix64(seed) ^ part.hashCode());
    }

    /** An independent stream for item {@code index} of a part: item i does not depend on items before it. */
    static Randoms forItem(long partSeed, int index) {
        return new Randoms(mix64(partSeed ^ mix64(index)));
    }

    /**
     * Stafford's variant-13 finalizer. Scrambles nearby seeds apart: plain {@code seed * GOLDEN_GAMMA}
     * would make seed n+1's stream the same as seed n's shifted by one draw.
     */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    int between(int min, int max) {
        return random.nextInt(min, max + 1);
    }

    int between(IntRange range) {
        return between(range.min(), range.max());
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    boolean percent(int chance) {
        return random.nextInt(100) < chance;
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    String pick(String[] items) {
        return items[random.nextInt(items.length)];
    }

    String digits(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }
}
