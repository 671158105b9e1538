package org.lingong.platform.server.signing;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.lingong.platform.api.problem.Problem;
import org.lingong.platform.api.signing.CanonicalRequest;
import org.lingong.platform.api.signing.SignatureHeaders;
import org.lingong.platform.server.terminals.Terminal;
import org.lingong.platform.server.terminals.TerminalDirectory;

/**
 * The signature check of a terminal request: headers present and well-formed, terminal enrolled and not revoked,
 * timestamp within the skew, Ed25519 signature over the canonical request, nonce not used before (recorded in the
 * database, so on any instance sharing it). Used by {@link SignedRequestFilter} and {@link TerminalFastLane} alike.
 * Thread-safe.
 */
public final class SignatureCheck {

    /** The shape of every terminal id the platform issues; anything else is not looked up. */
    private static final Pattern TERMINAL_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final TerminalDirectory terminals;
    private final NonceStore nonces;
    private final Clock clock;
    private final Duration skew;
    private final SigningWindow window;

    public SignatureCheck(TerminalDirectory terminals, NonceStore nonces, Clock clock, Duration skew) {
        this.terminals = terminals;
        this.nonces = nonces;
        this.clock = clock;
        this.skew = skew;
        this.window = new SigningWindow(skew);
    }

    /**
     * The terminal that signed {@code request} (whose body is {@code body}); its nonce is spent.
     *
     * @throws SignatureRefusal with the 401 problem to answer
     */
    public Terminal authenticate(HttpServletRequest request, byte[] body) {
        NonceClaim claim = verify(request, body);
        claim.spend();
        return claim.terminal();
    }

    /**
     * Everything {@link #authenticate} checks but the nonce, which the caller spends with the claim.
     *
     * @throws SignatureRefusal with the 401 problem to answer
     */
    public NonceClaim verify(HttpServletRequest request, byte[] body) {
        String terminalId = request.getHeader(SignatureHeaders.TERMINAL);
        String timestampText = request.getHeader(SignatureHeaders.TIMESTAMP);
        String nonce = request.getHeader(SignatureHeaders.NONCE);
        String signature = request.getHeader(SignatureHeaders.SIGNATURE);
        if (terminalId == null || timestampText == null || nonce == null || signature == null) {
            throw refusal("missing-signature", "X-Lingong-Terminal, -Timestamp, -Nonce and -Signature are required");
        }
        if (!TERMINAL_ID.matcher(terminalId).matches()) {
            throw refusal("unknown-terminal", "no terminal is enrolled with this id");
        }
        long timestamp = parseTimestamp(timestampText);
        if (!CanonicalRequest.isValidNonce(nonce)) {
            throw refusal("malformed-signature", "nonce must be 16-64 characters of [A-Za-z0-9_-]");
        }
        Terminal terminal = lookUp(terminalId);
        Instant now = clock.instant();
        if (!window.admits(now.toEpochMilli(), timestamp)) {
            throw refusal("stale-timestamp", "timestamp is more than " + skew.toSeconds() + " s from server time " + now);
        }
        CanonicalRequest canonical = CanonicalRequest.of(request.getMethod(), pathWithQuery(request), timestamp, nonce,
                body);
        if (!Ed25519Verification.verify(terminal.publicKey(), canonical.bytes(), decodeSignature(signature))) {
            throw refusal("bad-signature", "signature does not match the request and the terminal's key");
        }
        return new NonceClaim(terminal, nonces, nonce, Instant.ofEpochMilli(timestamp).plus(skew));
    }

    private Terminal lookUp(String terminalId) {
        Optional<Terminal> found = terminals.find(terminalId);
        if (found.isEmpty()) {
            throw refusal("unknown-terminal", "no terminal is enrolled with this id");
        }
        if (found.get().isRevoked()) {
            throw refusal("revoked-terminal", "this terminal was revoked; enroll again with a new code");
        }
        return found.get();
    }

    private static long parseTimestamp(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw refusal("malformed-signature", "timestamp must be epoch milliseconds");
        }
    }

    private static byte[] decodeSignature(String base64Url) {
        try {
            return Base64.getUrlDecoder().decode(base64Url);
        } catch (IllegalArgumentException e) {
            throw refusal("bad-signature", "signature is not base64url");
        }
    }

    private static String pathWithQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    private static SignatureRefusal refusal(String reason, String detail) {
        return new SignatureRefusal(Problem.of(401, reason, "Request not authenticated", detail));
    }

    /** A refused signature: the 401 problem to answer. */
    public static final class SignatureRefusal extends RuntimeException {
        private final transient Problem problem;

        SignatureRefusal(Problem problem) {
            super(problem.reason(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }
}
