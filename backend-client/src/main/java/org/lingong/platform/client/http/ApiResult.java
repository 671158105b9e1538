package org.lingong.platform.client.http;

import java.util.Objects;
import java.util.function.Function;
import org.lingong.platform.api.problem.Problem;

/**
 * The outcome of one platform call: exactly one of {@link Success}, {@link Rejected} (the platform
 * answered and refused, with its problem detail) or {@link Unavailable} (no usable answer: network,
 * timeout, 5xx). Callers switch over it exhaustively.
 */
public sealed interface ApiResult<T> permits ApiResult.Success, ApiResult.Rejected, ApiResult.Unavailable {

    /** The platform accepted the call; {@code value} is null only for calls without a body. */
    record Success<T>(T value) implements ApiResult<T> {
    }

    /** The platform refused the call; retrying it unchanged gives the same answer. */
    record Rejected<T>(Problem problem) implements ApiResult<T> {
        public Rejected {
            Objects.requireNonNull(problem, "problem");
        }

        /** True if the platform says this terminal is revoked (enroll again). */
        public boolean terminalRevoked() {
            return "revoked-terminal".equals(problem.reason());
        }
    }

    /**
     * No usable answer; the call may or may not have reached the platform.
     *
     * @param httpStatus the status for {@link Cause#SERVER_ERROR} and throttling, else 0
     */
    record Unavailable<T>(Cause cause, int httpStatus, String detail) implements ApiResult<T> {
        public Unavailable {
            Objects.requireNonNull(cause, "cause");
        }
    }

    /** Why a call had no usable answer. */
    enum Cause {
        /** Connection refused, reset or cut, DNS failure. */
        NETWORK,
        /** Connect, read or whole-call timeout. */
        TIMEOUT,
        /** 5xx, 408 or 429. */
        SERVER_ERROR,
        /** A success status with a body that could not be read. */
        BAD_RESPONSE
    }

    default boolean isSuccess() {
        return this instanceof Success;
    }

    /** The value of a success, else an {@link IllegalStateException} describing the failure. */
    default T orElseThrow() {
        if (this instanceof Success<T> success) {
            return success.value();
        }
        throw new IllegalStateException("platform call failed: " + this);
    }

    /** Maps the value of a success; other outcomes pass through. */
    @SuppressWarnings("unchecked")
    default <R> ApiResult<R> map(Function<T, R> mapper) {
        if (this instanceof Success<T> success) {
            return new Success<>(mapper.apply(success.value()));
        }
        return (ApiResult<R>) this;
    }
}
