package org.lingong.platform.client.http;

import java.io.IOException;
import java.util.UUID;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Gives every call an {@code X-Request-Id} (random UUID) unless it has one, for matching kiosk and platform logs. */
final class RequestIdInterceptor implements Interceptor {

    static final String HEADER = "X-Request-Id";

    @Override
    public Response intercept(Chain chain) throws IOException {
        if (chain.request().header(HEADER) != null) {
            return chain.proceed(chain.request());
        }
        return chain.proceed(chain.request().newBuilder().header(HEADER, UUID.randomUUID().toString()).build());
    }
}
