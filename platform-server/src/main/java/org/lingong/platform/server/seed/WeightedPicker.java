package org.lingong.platform.server.seed;

import java.util.Arrays;
import java.util.List;

/** Picks items with fixed integer weights in O(log n). Immutable. */
final class WeightedPicker<T> {

    private final List<T> items;
    private final int[] cumulative;

    WeightedPicker(List<T> items, int[] weights) {
        if (items.isEmpty() || items.size() != weights.length) {
            throw new IllegalArgumentException("need one positive weight per item, got " + items.size() + " items");
        }
        this.items = List.copyOf(items);
        this.cumulative = new int[weights.length];
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] <= 0) {
                throw new IllegalArgumentException("weight " + weights[i] + " for " + items.get(i) + " is not positive");
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
    }

    T pick(Randoms random) {
        int ticket = random.below(cumulative[cumulative.length - 1]);
        int index = Arrays.binarySearch(cumulative, ticket + 1);
        return items.get(index >= 0 ? index : -index - 1);
    }

    List<T> items() {
        return items;
    }
}
