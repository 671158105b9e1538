package org.lingong.devices.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Seeded random values for property tests run as {@code @ParameterizedTest @MethodSource}. Every case of a run has
 * its own generator derived from {@link #SEED} and the case number, so a case named {@code seed 20261205 #17} in a
 * report is generated again, identically, by the next run; {@code -Dlingong.seed=N} explores other cases. Sizes
 * and numbers lean towards their bounds (empty, one, maximum) the way shrinking property tools find bugs there.
 */
public final class Gen {

    /** The base seed of every generated case; printed in each case's display name. */
    public static final long SEED = Long.getLong("lingong.seed", 20_261_205L);

    private final SplittableRandom random;

    private Gen(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** {@code count} argument sets, each made by {@code oneCase} from its own generator and named by seed and number. */
    public static Stream<Arguments> cases(int count, Function<Gen, Arguments> oneCase) {
        return IntStream.range(0, count).mapToObj(i -> Arguments.argumentSet("seed " + SEED + " #" + i,
                oneCase.apply(new Gen(SEED * 1_000_003L + i)).get()));
    }

    /** An integer in {@code [min, max]}; each bound comes up about one time in twenty. */
    public int between(int min, int max) {
        return (int) between((long) min, (long) max);
    }

    /** A long in {@code [min, max]}; each bound comes up about one time in twenty. */
    public long between(long min, long max) {
        int roll = random.nextInt(20);
        if (roll == 0) {
            return min;
        }
        if (roll == 1) {
            return max;
        }
        return max == Long.MAX_VALUE ? random.nextLong(min, max) : random.nextLong(min, max + 1);
    }

    /** Any long, with 0, ±1 and the extremes among them. */
    public long anyLong() {
        return random.nextInt(10) == 0 ? of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE) : random.nextLong();
    }

    /** A double in {@code [0, 1)}, 0 included now and then. */
    public double unit() {
        return random.nextInt(20) == 0 ? 0.0 : random.nextDouble();
    }

    public boolean bool() {
        return random.nextBoolean();
    }

    /** A length in {@code [min, max]}: the minimum one time in eight, the maximum one time in sixteen. */
    public int size(int min, int max) {
        int roll = random.nextInt(16);
        if (roll < 2 || min == max) {
            return min;
        }
        if (roll == 2) {
            return max;
        }
        return min + random.nextInt(max - min + 1);
    }

    @SafeVarargs
    public final <T> T of(T... values) {
        return values[random.nextInt(values.length)];
    }

    public <E extends Enum<E>> E of(Class<E> type) {
        return of(type.getEnumConstants());
    }

    /** The value of one of {@code choices}, picked with equal odds (repeat a choice to weight it). */
    @SafeVarargs
    public final <T> T oneOf(Supplier<? extends T>... choices) {
        return of(choices).get();
    }

    public <T> List<T> list(int min, int max, Supplier<? extends T> element) {
        int n = size(min, max);
        List<T> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(element.get());
        }
        return list;
    }

    public byte[] bytes(int min, int max) {
        byte[] bytes = new byte[size(min, max)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = random.nextInt(8) == 0 ? of((byte) 0, (byte) -1, (byte) 0x7F, (byte) 0x80) : (byte) random.nextInt(256);
        }
        return bytes;
    }

    public char charBetween(char from, char to) {
        return (char) between(from, to);
    }

    public char charOf(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    /** A string of {@code [min, max]} characters, each from {@code character}. */
    public String string(int min, int max, Supplier<Character> character) {
        int n = size(min, max);
        StringBuilder text = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            text.append(character.get().charValue());
        }
        return text.toString();
    }

    /**
     * Any text of up to {@code max} UTF-16 units: control characters, ASCII, Latin, hanzi, CJK punctuation,
     * emoji and other supplementary characters, unpaired surrogates, private-use and unassigned code points.
     */
    public String anyString(int max) {
        int n = size(0, max);
        StringBuilder text = new StringBuilder(n);
        while (text.length() < n) {
            text.appendCodePoint(switch (random.nextInt(9)) {
                case 0 -> random.nextInt(0x20) + (random.nextInt(4) == 0 ? 0x7F : 0);
                case 1, 2 -> between(0x20, 0x7E);
                case 3 -> between(0xA0, 0x24F);
                case 4, 5 -> between(0x4E00, 0x9FFF);
                case 6 -> between(0x3000, 0x30FF);
                case 7 -> between(0x10000, 0x10FFFF);
                default -> between(0xD800, 0xFFFF);
            });
        }
        return text.toString();
    }
}
