package org.lingong.platform.server.throttle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How fast secrets may be guessed ({@code platform.throttle.*}). A client is one remote address (behind a
 * reverse proxy: set {@code server.forward-headers-strategy=native} so that it is the real client's).
 *
 * @param login                    failed operator logins per client
 * @param loginAllClients          failed operator logins of all clients together: a crowd of addresses cannot keep
 *                                 the password hash busy either
 * @param enrollment               failed enrollments (wrong, used or expired codes) per client
 * @param concurrentPasswordChecks password hashes (bcrypt) running at once; more attempts meanwhile are refused, so
 *                                 hashing never takes more than this many cores from the terminal API
 */
@Validated
@ConfigurationProperties("platform.throttle")
public record ThrottleProperties(@Valid @NotNull Limit login, @Valid @NotNull Limit loginAllClients,
                                 @Valid @NotNull Limit enrollment, @Min(1) @Max(64) int concurrentPasswordChecks) {

    /** {@code burst} failures at once, then one more every {@code refillEvery}. */
    public record Limit(@Min(1) @Max(100_000) int burst, @NotNull Duration refillEvery) {
    }
}
