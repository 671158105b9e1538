package org.lingong.platform.client.http;

import java.io.IOException;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.lingong.platform.api.signing.RequestSigner;

/**
 * Adds the terminal's Ed25519 signature headers (platform-api {@code SignatureHeaders}) over the
 * canonical form of method, raw path and query, time, a fresh nonce and the body hash. Requests
 * tagged {@link Unsigned} pass unsigned. Runs as an application interceptor: every explicit retry is
 * a new call and gets a new nonce; OkHttp's silent connection retries are switched off.
 */
final class SigningInterceptor implements Interceptor {

    /** Tag for requests that must not be signed. */
    static final class Unsigned {
        static final Unsigned INSTANCE = new Unsigned();
    }

    private final SignerHolder signer;

    SigningInterceptor(SignerHolder signer) {
        this.signer = signer;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (request.tag(Unsigned.class) != null) {
            return chain.proceed(request);
        }
        RequestSigner requestSigner = signer.current()
                .orElseThrow(() -> new NotEnrolledException("the terminal is not enrolled: no signing key"));
        String pathWithQuery = request.url().encodedQuery() == null ? request.url().encodedPath()
                : request.url().encodedPath() + "?" + request.url().encodedQuery();
        Map<String, String> headers = requestSigner.sign(request.method(), pathWithQuery, bodyBytes(request.body()));
        Request.Builder signed = request.newBuilder();
        headers.forEach(signed::header);
        return chain.proceed(signed.build());
    }

    private static byte[] bodyBytes(RequestBody body) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        Buffer buffer = new Buffer();
        body.writeTo(buffer);
        return buffer.readByteArray();
    }
}
