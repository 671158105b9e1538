package org.lingong.platform.client.enrollment;

import java.io.IOException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import org.lingong.platform.api.enrollment.EnrollmentRequest;
import org.lingong.platform.api.enrollment.EnrollmentResponse;
import org.lingong.platform.api.problem.Problem;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.client.http.ApiResult;
import org.lingong.platform.client.http.PlatformClient;
import org.lingong.platform.client.http.PlatformHttp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrolls the kiosk: generates an Ed25519 key pair, sends the public key with the station code and a
 * one-time code, stores the identity ({@link IdentityStore}) and makes the client sign with it.
 * Blocking. The enrollment call is never retried automatically (the code is single-use).
 */
public final class Enrollment {

    private static final Logger log = LoggerFactory.getLogger(Enrollment.class);

    private final PlatformClient client;
    private final IdentityStore store;
    private final Clock clock;

    public Enrollment(PlatformClient client, IdentityStore store, Clock clock) {
        this.client = client;
        this.store = store;
        this.clock = clock;
    }

    public TerminalIdentity enroll(String stationCode, String oneTimeCode, String appVersion) throws EnrollmentException {
        KeyPair keys = Ed25519Keys.generate();
        ApiResult<EnrollmentResponse> answer = client.api().enroll(new EnrollmentRequest(stationCode.trim(), oneTimeCode.trim(),
                Ed25519Keys.encodePublicKey(keys.getPublic()), appVersion));
        if (answer instanceof ApiResult.Rejected<EnrollmentResponse> rejected) {
            throw refused(rejected.problem());
        }
        if (answer instanceof ApiResult.Unavailable<EnrollmentResponse> unavailable) {
            throw new EnrollmentException(EnrollmentException.Reason.PLATFORM_UNREACHABLE,
                    "the platform at " + client.platformUrl() + " could not be reached (" + unavailable.cause() + "); check the URL and the network", null);
        }
        EnrollmentResponse response = answer.orElseThrow();
        TerminalIdentity identity = new TerminalIdentity(client.platformUrl(), response.terminalId(), response.stationCode(),
                response.stationName(), response.regionCode(), keys.getPublic(), keys.getPrivate(), platformKey(response));
        try {
            store.save(identity);
        } catch (IOException e) {
            throw new EnrollmentException(EnrollmentException.Reason.STORAGE,
                    "enrolled as " + response.terminalId() + " but the key could not be stored: " + e.getMessage(), e);
        }
        use(identity);
        log.info("Enrolled as terminal {} of station {}", identity.terminalId(), identity.stationCode());
        return identity;
    }

    /** The platform key to pin; null (remote orders refused) if the platform sent none. */
    private static PublicKey platformKey(EnrollmentResponse response) throws EnrollmentException {
        if (response.platformKey() == null) {
            log.warn("The platform sent no key for remote orders: remote configuration stays off for this terminal");
            return null;
        }
        try {
            return Ed25519Keys.decodePublicKey(response.platformKey());
        } catch (IllegalArgumentException e) {
            throw new EnrollmentException(EnrollmentException.Reason.REFUSED,
                    "the platform's key for remote orders is not an Ed25519 key; not enrolled", e);
        }
    }

    /** Makes the client sign as {@code identity} (e.g. one loaded from the store at start-up). */
    public void use(TerminalIdentity identity) {
        client.useSigner(identity.terminalId(), identity.signer(clock));
    }

    /** Asks the platform whether the client's terminal is still accepted (one signed, read-only call). */
    public TerminalStatus check() {
        ApiResult<?> answer = client.api().content();
        if (answer.isSuccess()) {
            return TerminalStatus.ACTIVE;
        }
        if (answer instanceof ApiResult.Rejected<?> rejected) {
            String reason = rejected.problem().reason();
            return switch (reason) {
                case "revoked-terminal" -> TerminalStatus.REVOKED;
                case "unknown-terminal" -> TerminalStatus.UNKNOWN;
                case PlatformHttp.NOT_ENROLLED -> TerminalStatus.NOT_ENROLLED;
                default -> TerminalStatus.REFUSED;
            };
        }
        return TerminalStatus.UNREACHABLE;
    }

    private static EnrollmentException refused(Problem problem) {
        EnrollmentException.Reason reason = switch (problem.reason()) {
            case "invalid-enrollment-code" -> EnrollmentException.Reason.WRONG_CODE;
            case "unknown-station" -> EnrollmentException.Reason.UNKNOWN_STATION;
            default -> EnrollmentException.Reason.REFUSED;
        };
        return new EnrollmentException(reason, "enrollment refused: " + problem.detail() + " (" + problem.reason() + ")", null);
    }
}
