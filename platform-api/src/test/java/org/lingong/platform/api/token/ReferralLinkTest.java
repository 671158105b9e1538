package org.lingong.platform.api.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReferralLinkTest {

    private static final String TOKEN = "LG1.AZ9_-x";

    @Test
    void aLinkIsTheBaseThenVThenTheToken() {
        assertThat(ReferralLink.of("https://jiuye.example.gov.cn/", TOKEN)).isEqualTo("https://jiuye.example.gov.cn/v/" + TOKEN);
        assertThat(ReferralLink.of("http://127.0.0.1:8080", TOKEN)).isEqualTo("http://127.0.0.1:8080/v/" + TOKEN);
        assertThat(ReferralLink.of("https://a.example/platform", TOKEN)).isEqualTo("https://a.example/platform/v/" + TOKEN);
    }

    @Test
    void theTokenComesBackOutOfALinkAndABareTokenStaysAsItIs() {
        assertThat(ReferralLink.tokenIn(ReferralLink.of("https://jiuye.example.gov.cn/lg", TOKEN))).contains(TOKEN);
        assertThat(ReferralLink.tokenIn("http://127.0.0.1:8080/v/" + TOKEN + "/")).contains(TOKEN);
        assertThat(ReferralLink.tokenIn("  " + TOKEN + "\r\n")).contains(TOKEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "https://evil.example/v/LG2.abc", "https://a.example/v/LG1.a b",
            "https://a.example/x/LG1.abc", "ftp://a.example/v/LG1.abc", "https://a.example/v/LG1.abc?x=1",
            "https://a.example/jobs/12", "LGJOB1:12"})
    void anythingElseHoldsNoToken(String text) {
        assertThat(ReferralLink.tokenIn(text)).isEmpty();
    }

    @Test
    void aLinkNeedsAnHttpBaseAndAToken() {
        assertThatThrownBy(() -> ReferralLink.of("jiuye.example.gov.cn", TOKEN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReferralLink.of("https://a.example", "abc")).isInstanceOf(IllegalArgumentException.class);
    }
}
