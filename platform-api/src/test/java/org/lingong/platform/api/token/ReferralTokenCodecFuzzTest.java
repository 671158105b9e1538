package org.lingong.platform.api.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Base64;

class ReferralTokenCodecFuzzTest {

    /** Any text either decodes to claims that re-encode to the same payload, or fails with a typed reason. */
    @FuzzTest(maxDuration = "10s")
    void decodingArbitraryTokensNeverFailsUntyped(FuzzedDataProvider data) {
        boolean asBytes = data.consumeBoolean();
        String text = asBytes
                ? ReferralTokenCodec.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(data.consumeRemainingAsBytes())
                : data.consumeRemainingAsString();
        try {
            SignedReferralToken token = ReferralTokenCodec.decode(text);
            assertThat(ReferralTokenCodec.payload(token.claims())).isEqualTo(token.signedPayload());
            assertThat(token.signature()).hasSize(ReferralTokenCodec.SIGNATURE_LENGTH);
        } catch (ReferralTokenException e) {
            assertThat(e.reason()).isNotNull();
            assertThat(e.getMessage()).doesNotContain(text.length() > 12 ? text : "\u0000never");
        }
    }
}
