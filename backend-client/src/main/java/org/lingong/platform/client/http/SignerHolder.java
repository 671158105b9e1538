package org.lingong.platform.client.http;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.lingong.platform.api.signing.RequestSigner;

/** The terminal's current request signer, set after enrollment or when a stored identity is loaded. Thread-safe. */
public final class SignerHolder {

    private final AtomicReference<RequestSigner> signer = new AtomicReference<>();

    public void set(RequestSigner requestSigner) {
        signer.set(requestSigner);
    }

    public void clear() {
        signer.set(null);
    }

    public Optional<RequestSigner> current() {
        return Optional.ofNullable(signer.get());
    }
}
