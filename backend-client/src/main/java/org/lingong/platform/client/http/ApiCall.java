package org.lingong.platform.client.http;

import java.time.Duration;
import java.util.Objects;

/**
 * One platform call as data.
 *
 * @param method        HTTP method, upper case
 * @param pathAndQuery  path below the platform base URL, starting with {@code /}, query already encoded
 * @param body          object serialised as JSON, or null for no body
 * @param responseType  type of the success body; {@code Void.class} for none
 * @param signed        sign with the terminal key (every call except enrollment)
 * @param idempotent    may be retried after a failure that leaves its effect unknown
 * @param timeout       whole-call timeout (connect, write, server time, read) of one attempt
 */
public record ApiCall<T>(String method, String pathAndQuery, Object body, Class<T> responseType, boolean signed,
                         boolean idempotent, Duration timeout) {

    public ApiCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathAndQuery, "pathAndQuery");
        Objects.requireNonNull(responseType, "responseType");
        Objects.requireNonNull(timeout, "timeout");
        if (!pathAndQuery.startsWith("/")) {
            throw new IllegalArgumentException("path must start with '/'");
        }
    }

    public static <T> ApiCall<T> get(String pathAndQuery, Class<T> responseType, Duration timeout) {
        return new ApiCall<>("GET", pathAndQuery, null, responseType, true, true, timeout);
    }

    public static <T> ApiCall<T> post(String path, Object body, Class<T> responseType, boolean idempotent, Duration timeout) {
        return new ApiCall<>("POST", path, body, responseType, true, idempotent, timeout);
    }

    /** The same call without a signature (enrollment). */
    public ApiCall<T> unsigned() {
        return new ApiCall<>(method, pathAndQuery, body, responseType, false, idempotent, timeout);
    }
}
