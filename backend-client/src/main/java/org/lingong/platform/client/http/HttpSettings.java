package org.lingong.platform.client.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.lingong.platform.api.retry.RetryPolicy;

/**
 * Connection settings of the shared client.
 *
 * @param connectTimeout  TCP + TLS connect timeout
 * @param readTimeout     longest silence while reading an answer (a stalled platform fails after this)
 * @param idempotentAttempts attempts of an idempotent call before it is reported unavailable (1 = no retry)
 * @param retryDelay      first delay between attempts; doubled per attempt, with half jitter ({@link #retryPolicy()})
 * @param trustedCaFile   PEM file of the CA (or CAs) that signed the platform's certificate; when set, only these are
 *                        trusted for https (a private CA); {@code null} trusts the system's CAs
 */
public record HttpSettings(Duration connectTimeout, Duration readTimeout, int idempotentAttempts, Duration retryDelay,
                           Path trustedCaFile) {

    private static final long MAX_DOUBLINGS = 1L << 10;

    public HttpSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(retryDelay, "retryDelay");
        if (idempotentAttempts < 1) {
            throw new IllegalArgumentException("idempotentAttempts must be at least 1");
        }
        retryPolicy(retryDelay);
    }

    /** Doubling from {@link #retryDelay} (at most 2^10 times it), half jitter: uniform in [cap/2, cap]. */
    public RetryPolicy retryPolicy() {
        return retryPolicy(retryDelay);
    }

    private static RetryPolicy retryPolicy(Duration first) {
        return new RetryPolicy(first, first.multipliedBy(MAX_DOUBLINGS), 2.0, 0.5);
    }

    public HttpSettings(Duration connectTimeout, Duration readTimeout, int idempotentAttempts, Duration retryDelay) {
        this(connectTimeout, readTimeout, idempotentAttempts, retryDelay, null);
    }

    /** 5 s connect, 20 s read, 3 attempts from 300 ms: sane for a village 4G line. */
    public static HttpSettings defaults() {
        return new HttpSettings(Duration.ofSeconds(5), Duration.ofSeconds(20), 3, Duration.ofMillis(300));
    }

    public HttpSettings withReadTimeout(Duration timeout) {
        return new HttpSettings(connectTimeout, timeout, idempotentAttempts, retryDelay, trustedCaFile);
    }

    public HttpSettings withAttempts(int attempts, Duration delay) {
        return new HttpSettings(connectTimeout, readTimeout, attempts, delay, trustedCaFile);
    }

    /** Trusts only the CA certificates in this PEM file for the platform's https certificate. */
    public HttpSettings withTrustedCa(Path pemFile) {
        return new HttpSettings(connectTimeout, readTimeout, idempotentAttempts, retryDelay, pemFile);
    }
}
