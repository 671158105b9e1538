package org.lingong.platform.client.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.lingong.platform.api.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Executes {@link ApiCall}s over one shared {@link OkHttpClient} and turns every outcome into an
 * {@link ApiResult}; it never throws for network or server failures. A signed call before enrollment
 * is refused locally as {@link ApiResult.Rejected} with reason {@value #NOT_ENROLLED}. Idempotent calls are retried on
 * {@link ApiResult.Unavailable} with exponential backoff and full jitter; other calls are tried once
 * (OkHttp's silent connection retry is off so that a non-idempotent request is never sent twice).
 * Thread-safe; calls block the calling thread (never call from the UI thread).
 */
public final class PlatformHttp implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PlatformHttp.class);
    private static final MediaType JSON = MediaType.get("application/json");
    /** Reason of the local refusal of a signed call made before enrollment (nothing is sent). */
    public static final String NOT_ENROLLED = "not-enrolled";

    private final HttpUrl baseUrl;
    private final OkHttpClient.Builder clientSettings;
    private OkHttpClient client; // null until the first call
    private final JsonMapper json;
    private final ResponseReader reader;
    private final HttpSettings settings;

    public PlatformHttp(String baseUrl, HttpSettings settings, SignerHolder signer, JsonMapper json) {
        this(baseUrl, settings, signer, json, Clock.systemUTC(), new ClockSkew());
    }

    /** @param clock the clock requests are signed with; {@code skew} learns how far the platform's is from it */
    public PlatformHttp(String baseUrl, HttpSettings settings, SignerHolder signer, JsonMapper json, Clock clock,
            ClockSkew skew) {
        this.baseUrl = parseBase(baseUrl);
        this.settings = settings;
        this.json = json;
        this.reader = new ResponseReader(json);
        OkHttpClient.Builder builder = new OkHttpClient.Builder();
        if (settings.trustedCaFile() != null) {
            PlatformTls.trustOnly(builder, settings.trustedCaFile());
        }
        this.clientSettings = builder
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .retryOnConnectionFailure(false)
                .connectionPool(new ConnectionPool(4, 15, TimeUnit.SECONDS))
                .addInterceptor(new RequestIdInterceptor())
                .addInterceptor(new SigningInterceptor(signer))
                .addNetworkInterceptor(new ClockSkewInterceptor(clock, skew))
                .addInterceptor(new RedactingLogInterceptor());
    }

    /**
     * The shared client, built at the first call: building it loads the JDK's trusted certificates and TLS context
     * (about 70 ms), which the kiosk's start-up need not wait for.
     */
    private synchronized OkHttpClient client() {
        if (client == null) {
            client = clientSettings.build();
        }
        return client;
    }

    public HttpUrl baseUrl() {
        return baseUrl;
    }

    public JsonMapper json() {
        return json;
    }

    /** Executes {@code call}, retrying it if it is idempotent and the platform was unavailable. */
    public <T> ApiResult<T> execute(ApiCall<T> call) {
        int attempts = call.idempotent() ? settings.idempotentAttempts() : 1;
        ApiResult<T> result = executeOnce(call);
        for (int attempt = 2; attempt <= attempts && result instanceof ApiResult.Unavailable<T>; attempt++) {
            if (!sleep(jitteredDelay(attempt - 1))) {
                break;
            }
            log.debug("Retrying {} {} (attempt {}): {}", call.method(), call.pathAndQuery(), attempt, result);
            result = executeOnce(call);
        }
        return result;
    }

    private <T> ApiResult<T> executeOnce(ApiCall<T> call) {
        Call httpCall = client().newCall(request(call));
        httpCall.timeout().timeout(call.timeout().toMillis(), TimeUnit.MILLISECONDS);
        try (Response response = httpCall.execute()) {
            return reader.read(response, call.responseType());
        } catch (NotEnrolledException e) {
            return new ApiResult.Rejected<>(Problem.of(401, NOT_ENROLLED, "Not enrolled",
                    "the terminal has no identity yet; nothing was sent"));
        } catch (SocketTimeoutException e) {
            return new ApiResult.Unavailable<>(ApiResult.Cause.TIMEOUT, 0, "timeout: " + e.getMessage());
        } catch (InterruptedIOException e) {
            return new ApiResult.Unavailable<>(ApiResult.Cause.TIMEOUT, 0, "call timed out or was interrupted");
        } catch (IOException e) {
            return new ApiResult.Unavailable<>(ApiResult.Cause.NETWORK, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Request request(ApiCall<?> call) {
        HttpUrl url = HttpUrl.get(baseUrl.toString().replaceAll("/$", "") + call.pathAndQuery());
        RequestBody body = call.body() == null ? (call.method().equals("GET") ? null : RequestBody.create(new byte[0], JSON))
                : RequestBody.create(json.writeValueAsBytes(call.body()), JSON);
        Request.Builder builder = new Request.Builder().url(url).method(call.method(), body)
                .header("Accept", "application/json, application/problem+json");
        if (!call.signed()) {
            builder.tag(SigningInterceptor.Unsigned.class, SigningInterceptor.Unsigned.INSTANCE);
        }
        return builder.build();
    }

    private Duration jitteredDelay(int retry) {
        return settings.retryPolicy().delay(retry, ThreadLocalRandom.current().nextDouble());
    }

    private static boolean sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static HttpUrl parseBase(String baseUrl) {
        HttpUrl url = HttpUrl.parse(baseUrl);
        if (url == null) {
            throw new IllegalArgumentException("platform URL must be an http(s) URL, e.g. https://platform.example/");
        }
        try {
            PlatformTls.requireTlsUnlessLoopback(baseUrl);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("platform URL " + e.getMessage(), e);
        }
        return url;
    }

    /** Releases threads and pooled connections. */
    @Override
    public synchronized void close() {
        if (client != null) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }
}
