package org.lingong.platform.api.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.time.Instant;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.lingong.platform.api.signing.Ed25519Keys;

class ReferralTokenProperties {

    private static final KeyPair KEYS = Ed25519Keys.generate();

    @Property(tries = 200)
    void everyValidTokenRoundTripsAndVerifies(@ForAll long mostSignificant, @ForAll long leastSignificant,
            @ForAll @StringLength(min = 1, max = 32) @CharRange(from = 'a', to = 'z') @CharRange(from = '0', to = '9')
            @Chars({'-', '_', 'T'}) String terminalId,
            @ForAll long jobId, @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long issued,
            @ForAll @LongRange(min = 0, max = 0xFFFF_FFFFL) long validity) {
        long expires = Math.min(0xFFFF_FFFFL, issued + validity);
        ReferralToken token = new ReferralToken(new UUID(mostSignificant, leastSignificant), terminalId, jobId,
                Instant.ofEpochSecond(issued), Instant.ofEpochSecond(expires));

        String text = ReferralTokenCodec.encode(token, KEYS.getPrivate());
        SignedReferralToken decoded = ReferralTokenCodec.decode(text);

        assertThat(decoded.claims()).isEqualTo(token);
        assertThat(decoded.isSignedBy(KEYS.getPublic())).isTrue();
        assertThat(text.length()).isLessThanOrEqualTo(4 + (int) Math.ceil((98 + 32) * 4 / 3.0));
    }
}
