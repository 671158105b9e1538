package org.lingong.platform.client.http;

import java.time.Clock;
import java.util.Optional;
import org.lingong.platform.api.signing.RequestSigner;

/**
 * The kiosk's one connection to the platform: one shared OkHttp client with signing, request-id and
 * redacted-logging interceptors, and the typed {@link PlatformApi} over it. Signed calls need a signer
 * ({@link #useSigner}), which enrollment or a stored identity provides. Thread-safe; close once at exit.
 */
public final class PlatformClient implements AutoCloseable {

    private final PlatformHttp http;
    private final SignerHolder signer = new SignerHolder();
    private final ClockSkew clockSkew = new ClockSkew();
    private final PlatformApi api;
    private volatile String terminalId;

    private PlatformClient(String platformUrl, HttpSettings settings, Clock clock) {
        this.http = new PlatformHttp(platformUrl, settings, signer, PlatformJson.newMapper(), clock, clockSkew);
        this.api = new PlatformApi(http);
    }

    /** @throws IllegalArgumentException if {@code platformUrl} is not an http(s) URL */
    public static PlatformClient create(String platformUrl, HttpSettings settings) {
        return create(platformUrl, settings, Clock.systemUTC());
    }

    /**
     * @param clock the kiosk's clock, the one requests are signed with ({@link #clockSkew()} compares the platform's to it)
     * @throws IllegalArgumentException if {@code platformUrl} is not an http(s) URL
     */
    public static PlatformClient create(String platformUrl, HttpSettings settings, Clock clock) {
        return new PlatformClient(platformUrl, settings, clock);
    }

    public static PlatformClient create(String platformUrl) {
        return create(platformUrl, HttpSettings.defaults());
    }

    /** How far the platform's clock is from the kiosk's, as last seen in an answer's {@code Date} header. */
    public ClockSkew clockSkew() {
        return clockSkew;
    }

    public PlatformApi api() {
        return api;
    }

    public String platformUrl() {
        return http.baseUrl().toString();
    }

    /** Signs every later call as {@code terminalId} with this signer. */
    public void useSigner(String terminalId, RequestSigner requestSigner) {
        this.terminalId = terminalId;
        signer.set(requestSigner);
    }

    /** The terminal the calls are signed as, if any. */
    public Optional<String> terminalId() {
        return Optional.ofNullable(terminalId);
    }

    @Override
    public void close() {
        http.close();
    }
}
