package org.lingong.devices.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lingong.devices.testing.Gen;

class ReconnectPolicyProperties {

    private final ReconnectPolicy policy = ReconnectPolicy.DEFAULT;

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
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ZERO, Duration.ofSeconds(1), 2, 0.2))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(2), Duration.ofSeconds(1), 2, 0.2))
                .hasMessageContaining("below the initial");
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 0.5, 0.2))
                .hasMessageContaining(">= 1");
        assertThatThrownBy(() -> new ReconnectPolicy(Duration.ofSeconds(1), Duration.ofSeconds(1), 2, 1.5))
                .hasMessageContaining("0..1");
    }

    static Stream<Arguments> attemptsAndJitter() {
        return Gen.cases(1000, gen -> Arguments.of(gen.between(0, 10_000), gen.unit()));
    }

    static Stream<Arguments> attempts() {
        return Gen.cases(500, gen -> Arguments.of(gen.between(0, 100)));
    }
}
