package org.lingong.platform.client.http;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Measures {@link ClockSkew} on every answer that carries a {@code Date} header, against the clock that signs. */
final class ClockSkewInterceptor implements Interceptor {

    private final Clock clock;
    private final ClockSkew skew;

    ClockSkewInterceptor(Clock clock, ClockSkew skew) {
        this.clock = clock;
        this.skew = skew;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Instant sent = clock.instant();
        Response response = chain.proceed(chain.request());
        Instant platformTime = response.headers().getInstant("Date");
        if (platformTime != null) {
            skew.record(platformTime, sent, clock.instant());
        }
        return response;
    }
}
