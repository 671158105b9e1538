package org.lingong.platform.client.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import okhttp3.tls.HeldCertificate;
import org.lingong.platform.api.enrollment.EnrollmentRequest;
import org.lingong.platform.api.enrollment.EnrollmentResponse;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.testing.platform.PlatformUnderTest;

/**
 * The real platform behind TLS (a Spring Boot SSL bundle, as its README shows) with a certificate from a private CA
 * made for this test: the kiosk's client talks to it only when given that CA, and refuses plain http off this machine.
 */
class PlatformTlsTest {

    @TempDir
    static Path dir;
    static PlatformUnderTest platform;
    static Path caFile;
    static Path otherCaFile;

    @BeforeAll
    static void startPlatformWithPrivateCa() throws IOException {
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("Lingong test CA").build();
        HeldCertificate server = new HeldCertificate.Builder().signedBy(ca).commonName("localhost")
                .addSubjectAlternativeName("localhost").build();
        HeldCertificate otherCa = new HeldCertificate.Builder().certificateAuthority(0).commonName("Someone else").build();
        caFile = Files.writeString(dir.resolve("ca.pem"), ca.certificatePem());
        otherCaFile = Files.writeString(dir.resolve("other-ca.pem"), otherCa.certificatePem());
        Path chain = Files.writeString(dir.resolve("platform.pem"), server.certificatePem() + ca.certificatePem());
        Path key = Files.writeString(dir.resolve("platform-key.pem"), server.privateKeyPkcs8Pem());
        platform = PlatformUnderTest.startWithTls(PlatformUnderTest.Setup.TEST_STATIONS, dir.resolve("platform"), chain, key);
        platform.jdbc().sql("INSERT INTO enrollment_code (code, station_code, expires_at, reusable) VALUES (?, ?, ?, FALSE)")
                .params("TLS1-CODE", PlatformUnderTest.HOHHOT.code(), java.sql.Timestamp.from(Instant.now().plusSeconds(3600)))
                .update();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void withThePrivateCaTheKioskEnrollsOverTls() {
        try (PlatformClient client = PlatformClient.create(platform.url(), settings().withTrustedCa(caFile))) {
            ApiResult<EnrollmentResponse> enrolled = client.api().enroll(request("TLS1-CODE"));

            assertThat(platform.url()).startsWith("https://");
            assertThat(enrolled).isInstanceOf(ApiResult.Success.class);
        }
    }

    @Test
    void withoutThePrivateCaTheCertificateIsNotTrusted() {
        try (PlatformClient client = PlatformClient.create(platform.url(), settings())) {
            ApiResult<EnrollmentResponse> result = client.api().enroll(request("NOT-SENT"));

            assertThat(result).isInstanceOf(ApiResult.Unavailable.class);
            assertThat(result.toString()).containsIgnoringCase("SSL");
        }
    }

    @Test
    void anotherCaIsNotEnough() {
        try (PlatformClient client = PlatformClient.create(platform.url(), settings().withTrustedCa(otherCaFile))) {
            ApiResult<EnrollmentResponse> result = client.api().enroll(request("NOT-SENT"));

            assertThat(result).isInstanceOf(ApiResult.Unavailable.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.20.30.40:8080/", "http://platform.example.gov.cn/", "http://127.0.0.1.example/"})
    void plainHttpOffThisMachineIsRefused(String url) {
        assertThatThrownBy(() -> PlatformClient.create(url, settings()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/", "http://localhost:8080/", "http://[::1]:8080/"})
    void plainHttpToThisMachineStaysAllowedForTheDemo(String url) {
        PlatformClient.create(url, settings()).close();
    }

    @Test
    void aCaFileThatIsNoCertificateNamesTheFile() throws IOException {
        Path garbage = Files.writeString(dir.resolve("garbage.pem"), "not a certificate");

        assertThatThrownBy(() -> PlatformTls.trustManager(garbage)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("garbage.pem");
    }

    private static HttpSettings settings() {
        return HttpSettings.defaults().withAttempts(1, Duration.ofMillis(10));
    }

    private static EnrollmentRequest request(String code) {
        return new EnrollmentRequest(PlatformUnderTest.HOHHOT.code(), code,
                Ed25519Keys.encodePublicKey(Ed25519Keys.generate().getPublic()), "tls-test");
    }
}
