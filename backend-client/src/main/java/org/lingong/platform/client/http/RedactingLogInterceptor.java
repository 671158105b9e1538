package org.lingong.platform.client.http;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one line per request and per answer at DEBUG (failures at INFO): method, path, the values of
 * known harmless query parameters, status, time and body sizes. Bodies are never logged (they hold ID
 * numbers, names, phones, tokens); header values other than {@link #SAFE_HEADERS} are shown as {@code ██}.
 */
final class RedactingLogInterceptor implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(RedactingLogInterceptor.class);
    static final Set<String> SAFE_HEADERS = Set.of("x-request-id", "x-lingong-terminal", "content-type", "content-length");
    private static final Set<String> SAFE_PARAMETERS = Set.of("since", "limit", "from", "to");

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long started = System.nanoTime();
        if (log.isDebugEnabled()) {
            log.debug("--> {} {} {}", request.method(), redactedUrl(request.url()), redactedHeaders(request.headers()));
        }
        try {
            Response response = chain.proceed(request);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (response.code() >= 400) {
                log.info("<-- {} {} {} in {} ms (request {})", response.code(), request.method(),
                        redactedUrl(request.url()), millis, request.header(RequestIdInterceptor.HEADER));
            } else {
                log.debug("<-- {} {} {} in {} ms", response.code(), request.method(), redactedUrl(request.url()), millis);
            }
            return response;
        } catch (IOException e) {
            log.info("<-- failed {} {} after {} ms: {} (request {})", request.method(), redactedUrl(request.url()),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), e.getClass().getSimpleName(),
                    request.header(RequestIdInterceptor.HEADER));
            throw e;
        }
    }

    static String redactedUrl(HttpUrl url) {
        StringBuilder text = new StringBuilder(url.encodedPath());
        for (int i = 0; i < url.querySize(); i++) {
            String name = url.queryParameterName(i);
            text.append(i == 0 ? '?' : '&').append(name).append('=')
                    .append(SAFE_PARAMETERS.contains(name) ? url.queryParameterValue(i) : "██");
        }
        return text.toString();
    }

    static String redactedHeaders(Headers headers) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            text.append(i == 0 ? "" : ", ").append(name).append('=')
                    .append(SAFE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? headers.value(i) : "██");
        }
        return text.append(']').toString();
    }
}
