package org.lingong.platform.api.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.api.token.ReferralTokenException.Reason;
import org.junit.jupiter.api.Test;

class ReferralTokenCodecTest {

    private static final KeyPair KEYS = Ed25519Keys.generate();
    private static final ReferralToken TOKEN = new ReferralToken(
            UUID.fromString("01234567-89ab-cdef-0123-456789abcdef"), "T7K2M9QX4A", 4242L,
            Instant.ofEpochSecond(1_780_000_000L), Instant.ofEpochSecond(1_780_259_200L));

    @Test
    void payloadFollowsTheDocumentedLayoutByteForByte() {
        String expected = "01"                                    // version
                + "0123456789abcdef0123456789abcdef"              // referral id
                + "0a" + "54374b324d3951583441" // length 10, "T7K2M9QX4A"
                + "0000000000001092"                              // job id 4242
                + "6a18a500"                                      // issuedAt 1780000000
                + "6a1c9980";                                     // expiresAt 1780259200

        assertThat(HexFormat.of().formatHex(ReferralTokenCodec.payload(TOKEN)))
                .as("payload hex dump").isEqualTo(expected);
    }

    @Test
    void encodedTokenDecodesToTheSameClaimsAndVerifies() {
        String text = ReferralTokenCodec.encode(TOKEN, KEYS.getPrivate());

        SignedReferralToken decoded = ReferralTokenCodec.decode(text);
        assertThat(text).startsWith("LG1.");
        assertThat(decoded.claims()).isEqualTo(TOKEN);
        assertThat(decoded.isSignedBy(KEYS.getPublic())).isTrue();
        assertThat(decoded.isSignedBy(Ed25519Keys.generate().getPublic())).isFalse();
    }

    @Test
    void changingOneClaimByteMakesTheSignatureFail() {
        byte[] whole = body(ReferralTokenCodec.encode(TOKEN, KEYS.getPrivate()));
        whole[30] ^= 0x01; // inside the job id
        SignedReferralToken forged = ReferralTokenCodec.decode(ReferralTokenCodec.PREFIX
                + Base64.getUrlEncoder().withoutPadding().encodeToString(whole));

        assertThat(forged.claims().jobId()).isNotEqualTo(TOKEN.jobId());
        assertThat(forged.isSignedBy(KEYS.getPublic())).isFalse();
    }

    @Test
    void tokenIs148CharactersAndFitsQrVersion8AtLevelM() throws WriterException {
        String text = ReferralTokenCodec.encode(TOKEN, KEYS.getPrivate());

        int version = Encoder.encode(text, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "ISO-8859-1"))
                .getVersion().getVersionNumber();
        assertThat(text).hasSize(148);
        assertThat(version).isEqualTo(8);
    }

    @Test
    void malformedTokensGiveTypedReasons() {
        String good = ReferralTokenCodec.encode(TOKEN, KEYS.getPrivate());
        byte[] whole = body(good);

        assertReason("XX1." + good.substring(4), Reason.MISSING_PREFIX);
        assertReason(null, Reason.MISSING_PREFIX);
        assertReason("LG1.abc$def", Reason.NOT_BASE64URL);
        assertReason("LG1.abcde", Reason.NOT_BASE64URL);
        assertReason("LG1.", Reason.TRUNCATED);
        assertReason(good.substring(0, good.length() - 4), Reason.TRUNCATED);
        assertReason(encode(Arrays.copyOf(whole, 10)), Reason.TRUNCATED);
        assertReason(encode(Arrays.copyOf(whole, whole.length + 1)), Reason.TRAILING_BYTES);
        byte[] version2 = whole.clone();
        version2[0] = 2;
        assertReason(encode(version2), Reason.UNSUPPORTED_VERSION);
        byte[] badTerminal = whole.clone();
        badTerminal[18] = ' ';
        assertReason(encode(badTerminal), Reason.BAD_TERMINAL_ID);
        byte[] zeroTerminal = Arrays.copyOf(whole, 18 + 16 + 64);
        zeroTerminal[17] = 0;
        assertReason(encode(zeroTerminal), Reason.BAD_TERMINAL_ID);
    }

    @Test
    void expiryBeforeIssueIsRefusedOnBothSides() {
        assertThatThrownBy(() -> new ReferralToken(UUID.randomUUID(), "T1", 1, Instant.ofEpochSecond(10),
                Instant.ofEpochSecond(9))).isInstanceOf(IllegalArgumentException.class);
        byte[] whole = body(ReferralTokenCodec.encode(TOKEN, KEYS.getPrivate()));
        whole[40] = 0; // high byte of expiresAt: now far before issuedAt
        assertReason(encode(whole), Reason.BAD_TIMES);
    }

    private static void assertReason(String text, Reason reason) {
        assertThatThrownBy(() -> ReferralTokenCodec.decode(text))
                .isInstanceOfSatisfying(ReferralTokenException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static byte[] body(String text) {
        return Base64.getUrlDecoder().decode(text.substring(ReferralTokenCodec.PREFIX.length()));
    }

    private static String encode(byte[] whole) {
        return ReferralTokenCodec.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(whole);
    }
}
