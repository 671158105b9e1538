package org.lingong.platform.api.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Seeded cases ({@code seed 20261205}); the policy of the device drivers' reconnects. */
class RetryPolicyProperties {

    private static final long SEED = 20261205L;

    private final RetryPolicy policy = new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(30), 2.0, 0.2);

    @ParameterizedTest
    @MethodSource("attemptsAndJitter")
    void delaysStayBetweenTheJitteredInitialAndTheMaximum(int attempt, double r) {
        Duration delay = policy.delay(attempt, r);
        assertThat(delay).isLessThanOrEqualTo(Duration.ofSeconds(30)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @ParameterizedTest
    @MethodSource("attempts")
    void withoutJitterDelaysNeverShrink(int attempt) {
        assertThat(policy.delay(attempt + 1, 0.0)).isGreaterThanOrEqualTo(policy.delay(attempt, 0.0));
    }

    @Test
    void defaultDoublesFromHalfASecondUpToThirtySeconds() {
        assertThat(policy.delay(0, 0.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delay(1, 0.0)).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.delay(5, 0.0)).isEqualTo(Duration.ofMillis(16_000));
        assertThat(policy.delay(6, 0.0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delay(0, 0.5)).isEqualTo(Duration.ofMillis(450));
    }

    @Test
    void invalidPoliciesAreRejected() {
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofSeconds(1), 2, 0.2))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 0.2))
                .hasMessageContaining("below the initial");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0.5, 0.2))
                .hasMessageContaining(">= 1");
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 2, 1.5))
                .hasMessageContaining("0..1");
    }

    @Test
    void halfJitterStaysInTheUpperHalfOfTheCap() {
        RetryPolicy half = new RetryPolicy(Duration.ofMillis(100), Duration.ofSeconds(10), 2.0, 0.5);
        assertThat(half.delay(3, 0.0)).isEqualTo(Duration.ofMillis(800));
        assertThat(half.delay(3, 0.999)).isGreaterThan(Duration.ofMillis(400));
    }

    static Stream<Arguments> attemptsAndJitter() {
        Random random = new Random(SEED);
        return Stream.generate(() -> Arguments.of(random.nextInt(10_001), random.nextDouble())).limit(1000);
    }

    static Stream<Arguments> attempts() {
        Random random = new Random(SEED);
        return Stream.generate(() -> Arguments.of(random.nextInt(101))).limit(500);
    }
}
