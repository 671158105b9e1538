package org.lingong.platform.client.catalog;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Posting lists of the single characters and character pairs of one text per job, so that a search
 * term narrows the candidates before any string is compared: a job can only contain {@code 保洁} if it
 * contains the pair {@code 保洁}. Candidates are a superset; callers confirm with {@code contains}.
 * Immutable and thread-safe after {@link #build}.
 */
final class GramIndex {

    private static final int[] NONE = new int[0];

    private final Map<Integer, int[]> pairs;
    private final Map<Character, int[]> singles;
    private final int size;

    private GramIndex(Map<Integer, int[]> pairs, Map<Character, int[]> singles, int size) {
        this.pairs = pairs;
        this.singles = singles;
        this.size = size;
    }

    /** Indexes {@code texts}, the position in the list being the job's ordinal. */
    static GramIndex build(List<String> texts) {
        Map<Integer, IntList> pairs = new HashMap<>();
        Map<Character, IntList> singles = new HashMap<>();
        for (int ordinal = 0; ordinal < texts.size(); ordinal++) {
            String text = texts.get(ordinal);
            for (int i = 0; i < text.length(); i++) {
                singles.computeIfAbsent(text.charAt(i), c -> new IntList()).addOnce(ordinal);
                if (i + 1 < text.length()) {
                    pairs.computeIfAbsent(pair(text.charAt(i), text.charAt(i + 1)), p -> new IntList()).addOnce(ordinal);
                }
            }
        }
        Map<Integer, int[]> pairPostings = new HashMap<>(pairs.size() * 2);
        pairs.forEach((key, list) -> pairPostings.put(key, list.toArray()));
        Map<Character, int[]> singlePostings = new HashMap<>(singles.size() * 2);
        singles.forEach((key, list) -> singlePostings.put(key, list.toArray()));
        return new GramIndex(pairPostings, singlePostings, texts.size());
    }

    /** Ordinals of jobs whose text may contain {@code term} (every job's text that does is included). */
    BitSet candidates(String term) {
        BitSet result = new BitSet(size);
        if (term.length() == 1) {
            for (int ordinal : singles.getOrDefault(term.charAt(0), NONE)) {
                result.set(ordinal);
            }
            return result;
        }
        int[][] lists = new int[term.length() - 1][];
        for (int i = 0; i + 1 < term.length(); i++) {
            lists[i] = pairs.getOrDefault(pair(term.charAt(i), term.charAt(i + 1)), NONE);
        }
        Arrays.sort(lists, (a, b) -> Integer.compare(a.length, b.length));
        for (int ordinal : lists[0]) {
            if (inAll(lists, ordinal)) {
                result.set(ordinal);
            }
        }
        return result;
    }

    private static boolean inAll(int[][] lists, int ordinal) {
        for (int i = 1; i < lists.length; i++) {
            if (Arrays.binarySearch(lists[i], ordinal) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int pair(char first, char second) {
        return first << 16 | second;
    }

    /** A growable sorted int list; ordinals arrive in increasing order. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void addOnce(int value) {
            if (size > 0 && values[size - 1] == value) {
                return;
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
