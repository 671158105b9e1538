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
        return new Randoms(seed * 0x9E3779B97F4A7C15L + part.hashCode());
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
