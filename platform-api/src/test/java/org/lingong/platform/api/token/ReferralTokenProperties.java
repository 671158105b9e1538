package org.lingong.platform.api.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.platform.api.signing.Ed25519Keys;

class ReferralTokenProperties {

    /** Base seed of the generated tokens, printed in every case's name; {@code -Dlingong.seed=N} tries others. */
    private static final long SEED = Long.getLong("lingong.seed", 20_261_205L);
    private static final long MAX_SECONDS = 0xFFFF_FFFFL;
    private static final String TERMINAL_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-_T";
    private static final KeyPair KEYS = Ed25519Keys.generate();

    @ParameterizedTest
    @MethodSource("tokens")
    void everyValidTokenRoundTripsAndVerifies(ReferralToken token) {
        String text = ReferralTokenCodec.encode(token, KEYS.getPrivate());
        SignedReferralToken decoded = ReferralTokenCodec.decode(text);

        assertThat(decoded.claims()).isEqualTo(token);
        assertThat(decoded.isSignedBy(KEYS.getPublic())).isTrue();
        assertThat(text.length()).isLessThanOrEqualTo(4 + (int) Math.ceil((98 + 32) * 4 / 3.0));
    }

    static Stream<Arguments> tokens() {
        return IntStream.range(0, 300).mapToObj(i -> Arguments.argumentSet("seed " + SEED + " #" + i,
                token(new SplittableRandom(SEED * 1_000_003L + i), i)));
    }

    /** Case 0 and 1 hold the extremes (one-character terminal, zero and maximum times and ids); the rest are random. */
    private static ReferralToken token(SplittableRandom random, int i) {
        long issued = i == 0 ? 0 : i == 1 ? MAX_SECONDS : random.nextLong(MAX_SECONDS + 1);
        long expires = i < 2 ? issued : Math.min(MAX_SECONDS, issued + random.nextLong(MAX_SECONDS + 1));
        long jobId = i == 0 ? Long.MIN_VALUE : i == 1 ? Long.MAX_VALUE : random.nextLong();
        UUID id = i == 0 ? new UUID(0, 0) : i == 1 ? new UUID(-1, -1) : new UUID(random.nextLong(), random.nextLong());
        StringBuilder terminal = new StringBuilder();
        int length = i < 2 ? (i == 0 ? 1 : 32) : 1 + random.nextInt(32);
        for (int k = 0; k < length; k++) {
            terminal.append(TERMINAL_CHARS.charAt(random.nextInt(TERMINAL_CHARS.length())));
        }
        return new ReferralToken(id, terminal.toString(), jobId, Instant.ofEpochSecond(issued),
                Instant.ofEpochSecond(expires));
    }
}
