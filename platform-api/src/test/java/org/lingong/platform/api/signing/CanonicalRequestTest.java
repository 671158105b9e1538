package org.lingong.platform.api.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CanonicalRequestTest {

    @Test
    void canonicalTextHasTheDocumentedSixLines() {
        CanonicalRequest request = CanonicalRequest.of("get", "/api/v1/jobs?since=0&limit=50", 1_780_000_000_123L,
                "abcdefghijklmnop", null);

        assertThat(request.text()).isEqualTo("""
                LINGONG-V1
                GET
                /api/v1/jobs?since=0&limit=50
                1780000000123
                abcdefghijklmnop
                e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
    }

    @Test
    void bodyHashIsLowerCaseHexSha256OfTheBytes() {
        assertThat(CanonicalRequest.sha256Hex("abc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void refusesNoncesOfTheWrongShape() {
        assertThatThrownBy(() -> CanonicalRequest.of("GET", "/x", 1, "short", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalRequest.of("GET", "/x", 1, "has space in it 1234", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(CanonicalRequest.isValidNonce("a".repeat(64))).isTrue();
        assertThat(CanonicalRequest.isValidNonce("a".repeat(65))).isFalse();
    }
}
