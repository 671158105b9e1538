package org.lingong.platform.client.enrollment;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.util.Objects;
import org.lingong.platform.api.signing.RequestSigner;

/**
 * Who this kiosk is to the platform. {@link #toString()} never shows the private key.
 *
 * @param regionCode  4-digit 盟市 prefix whose jobs the platform sends
 * @param platformKey the platform's key for remote orders, pinned at enrollment; null if the platform sent none
 *                    (remote orders are then refused until the kiosk enrolls again)
 */
public record TerminalIdentity(String platformUrl, String terminalId, String stationCode, String stationName,
                               String regionCode, PublicKey publicKey, PrivateKey privateKey, PublicKey platformKey) {

    /** An identity without a pinned platform key. */
    public TerminalIdentity(String platformUrl, String terminalId, String stationCode, String stationName,
                            String regionCode, PublicKey publicKey, PrivateKey privateKey) {
        this(platformUrl, terminalId, stationCode, stationName, regionCode, publicKey, privateKey, null);
    }

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
