package org.lingong.platform.api.token;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;
import org.lingong.platform.api.signing.RequestSigner;

/**
 * Encodes and decodes referral slip tokens. Pure functions over bytes; thread-safe.
 *
 * <p>Text form: {@code "LG1." + base64url-without-padding(payload || signature)}.
 * Binary layout (all integers big-endian, n = terminal id length):
 *
 * <pre>
 *  offset   size  field
 *  0        1     version, = 0x01
 *  1        16    referral id (UUID: most significant 8 bytes, then least significant 8)
 *  17       1     n, terminal id length, 1..32
 *  18       n     terminal id, ASCII [A-Za-z0-9_-]
 *  18+n     8     job id, signed 64-bit
 *  26+n     4     issuedAt, unsigned 32-bit epoch seconds
 *  30+n     4     expiresAt, unsigned 32-bit epoch seconds
 *  ---------------- end of signed payload (34+n bytes)
 *  34+n     64    Ed25519 signature of bytes [0, 34+n) by the issuing terminal's key
 * </pre>
 *
 * With a 10-character terminal id the token is 108 bytes = 148 characters including the prefix,
 * which fits a QR code of version 8 at error-correction level M (byte mode, 152 bytes).
 */
public final class ReferralTokenCodec {

    public static final String PREFIX = "LG1.";
    public static final int VERSION = 1;
    public static final int MAX_TERMINAL_ID_LENGTH = 32;
    public static final int SIGNATURE_LENGTH = 64;

    private static final int FIXED_PAYLOAD_LENGTH = 1 + 16 + 1 + 8 + 4 + 4;
    private static final Pattern TERMINAL_ID = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_TERMINAL_ID_LENGTH + "}");
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");

    private ReferralTokenCodec() {
    }

    public static boolean isValidTerminalId(String terminalId) {
        return terminalId != null && TERMINAL_ID.matcher(terminalId).matches();
    }

    /** The payload bytes (without signature) of {@code token}, as laid out in the class comment. */
    public static byte[] payload(ReferralToken token) {
        byte[] terminal = token.terminalId().getBytes(StandardCharsets.US_ASCII);
        ByteBuffer buffer = ByteBuffer.allocate(FIXED_PAYLOAD_LENGTH + terminal.length);
        buffer.put((byte) VERSION);
        buffer.putLong(token.referralId().getMostSignificantBits());
        buffer.putLong(token.referralId().getLeastSignificantBits());
        buffer.put((byte) terminal.length);
        buffer.put(terminal);
        buffer.putLong(token.jobId());
        buffer.putInt((int) token.issuedAt().getEpochSecond());
        buffer.putInt((int) token.expiresAt().getEpochSecond());
        return buffer.array();
    }

    /** Signs {@code token} with the terminal's private key and returns the text form. */
    public static String encode(ReferralToken token, PrivateKey terminalKey) {
        byte[] payload = payload(token);
        byte[] signature = RequestSigner.signBytes(terminalKey, payload);
        return assemble(payload, signature);
    }

    /** Joins payload and signature into the text form (exposed for tests of forged tokens). */
    public static String assemble(byte[] payload, byte[] signature) {
        byte[] whole = Arrays.copyOf(payload, payload.length + signature.length);
        System.arraycopy(signature, 0, whole, payload.length, signature.length);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(whole);
    }

    /**
     * Decodes the text form without checking the signature.
     *
     * @throws ReferralTokenException with a {@link ReferralTokenException.Reason} for any malformed input
     */
    public static SignedReferralToken decode(String text) {
        if (text == null || !text.startsWith(PREFIX)) {
            throw new ReferralTokenException(ReferralTokenException.Reason.MISSING_PREFIX, "token must start with " + PREFIX);
        }
        byte[] whole = decodeBase64(text.substring(PREFIX.length()).trim());
        if (whole.length < 1) {
            throw new ReferralTokenException(ReferralTokenException.Reason.TRUNCATED, "empty token");
        }
        if (whole[0] != VERSION) {
            throw new ReferralTokenException(ReferralTokenException.Reason.UNSUPPORTED_VERSION,
                    "version " + (whole[0] & 0xFF) + " is not supported");
        }
        int terminalLength = whole.length > 17 ? whole[17] & 0xFF : 0;
        int payloadLength = FIXED_PAYLOAD_LENGTH + terminalLength;
        requireLength(whole.length, payloadLength + SIGNATURE_LENGTH);
        ByteBuffer buffer = ByteBuffer.wrap(whole);
        buffer.get();
        UUID referralId = new UUID(buffer.getLong(), buffer.getLong());
        buffer.get();
        String terminalId = readTerminalId(buffer, terminalLength);
        long jobId = buffer.getLong();
        Instant issuedAt = Instant.ofEpochSecond(Integer.toUnsignedLong(buffer.getInt()));
        Instant expiresAt = Instant.ofEpochSecond(Integer.toUnsignedLong(buffer.getInt()));
        if (expiresAt.isBefore(issuedAt)) {
            throw new ReferralTokenException(ReferralTokenException.Reason.BAD_TIMES, "expiry is before issue");
        }
        ReferralToken claims = new ReferralToken(referralId, terminalId, jobId, issuedAt, expiresAt);
        return new SignedReferralToken(claims, Arrays.copyOf(whole, payloadLength),
                Arrays.copyOfRange(whole, payloadLength, whole.length));
    }

    private static byte[] decodeBase64(String body) {
        if (!BASE64URL.matcher(body).matches() || body.length() % 4 == 1) {
            throw new ReferralTokenException(ReferralTokenException.Reason.NOT_BASE64URL,
                    "token body is not base64url without padding");
        }
        try {
            return Base64.getUrlDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new ReferralTokenException(ReferralTokenException.Reason.NOT_BASE64URL, "token body is not base64url");
        }
    }

    private static void requireLength(int actual, int expected) {
        if (actual < expected) {
            throw new ReferralTokenException(ReferralTokenException.Reason.TRUNCATED,
                    "token has " + actual + " bytes, layout needs " + expected);
        }
        if (actual > expected) {
            throw new ReferralTokenException(ReferralTokenException.Reason.TRAILING_BYTES,
                    "token has " + actual + " bytes, layout needs " + expected);
        }
    }

    private static String readTerminalId(ByteBuffer buffer, int length) {
        byte[] raw = new byte[length];
        buffer.get(raw);
        String terminalId = new String(raw, StandardCharsets.US_ASCII);
        if (!isValidTerminalId(terminalId)) {
            throw new ReferralTokenException(ReferralTokenException.Reason.BAD_TERMINAL_ID,
                    "terminal id has a bad length or characters");
        }
        return terminalId;
    }
}
