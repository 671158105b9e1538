package org.lingong.devices.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class ReconnectPolicyProperties {

    private final ReconnectPolicy policy = ReconnectPolicy.DEFAULT;

    @Property
    void delaysStayBetweenTheJitteredInitialAndTheMaximum(@ForAll @IntRange(min = 0, max = 10_000) int attempt,
                                                          @ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false) double r) {
        Duration delay = policy.delay(attempt, r);
        assertThat(delay).isLessThanOrEqualTo(Duration.ofSeconds(30)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Property
    void withoutJitterDelaysNeverShrink(@ForAll @IntRange(min = 0, max = 100) int attempt) {
        assertThat(policy.delay(attempt + 1, 0.0)).isGreaterThanOrEqualTo(policy.delay(attempt, 0.0));
    }

    @Example
    void defaultDoublesFromHalfASecondUpToThirtySeconds() {
        assertThat(policy.delay(0, 0.0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.delay(1, 0.0)).isEqualTo(Duration.ofMillis(1000));
        assertThat(policy.delay(5, 0.0)).isEqualTo(Duration.ofMillis(16_000));
        assertThat(policy.delay(6, 0.0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delay(0, 0.5)).isEqualTo(Duration.ofMillis(450));
    }

    @Example
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
}
