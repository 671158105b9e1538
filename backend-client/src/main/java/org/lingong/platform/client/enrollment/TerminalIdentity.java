package org.lingong.platform.client.enrollment;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Objects;
import org.lingong.platform.api.signing.RequestSigner;

/**
 * Who this kiosk is to the platform. {@link #toString()} never shows the private key.
 *
 * @param regionCode 4-digit 盟市 prefix whose jobs the platform sends
 */
public record TerminalIdentity(String platformUrl, String terminalId, String stationCode, String stationName,
                               String regionCode, PublicKey publicKey, PrivateKey privateKey) {

    public TerminalIdentity {
        Objects.requireNonNull(terminalId, "terminalId");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
    }

    public RequestSigner signer(Clock clock) {
        return new RequestSigner(terminalId, privateKey, clock);
    }

    @Override
    public String toString() {
        return "TerminalIdentity[" + terminalId + " of station " + stationCode + " at " + platformUrl + "]";
    }
}
