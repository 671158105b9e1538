package org.lingong.platform.client.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.platform.api.signing.Ed25519Keys;
import org.lingong.platform.client.http.HttpSettings;
import org.lingong.platform.client.http.PlatformClient;
import org.lingong.testing.platform.PlatformUnderTest;

/** Enrollment against the real platform. */
class EnrollmentTest {

    @TempDir
    static Path platformDir;
    static PlatformUnderTest platform;

    @TempDir
    Path kioskDir;

    @BeforeAll
    static void startPlatform() {
        platform = PlatformUnderTest.start(PlatformUnderTest.Setup.TEST_STATIONS, platformDir);
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    Enrollment enrollment(PlatformClient client) {
        return new Enrollment(client, new IdentityStore(kioskDir), Clock.systemUTC());
    }

    @Test
    void enrollsStoresTheKeyOwnerOnlyAndSignsLaterCalls() throws Exception {
        try (PlatformClient client = PlatformClient.create(platform.url())) {
            TerminalIdentity identity = enrollment(client).enroll(PlatformUnderTest.HOHHOT.code(),
                    platform.enrollmentCode(PlatformUnderTest.HOHHOT), "1.0-test");

            assertThat(identity.stationCode()).isEqualTo(PlatformUnderTest.HOHHOT.code());
            assertThat(identity.regionCode()).isEqualTo("1501");
            assertThat(client.terminalId()).contains(identity.terminalId());
            assertThat(enrollment(client).check()).isEqualTo(TerminalStatus.ACTIVE);
            Path keyFile = kioskDir.resolve(IdentityStore.KEY_FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
            assertThat(identity.toString()).doesNotContain(Files.readString(keyFile).trim());
            try (var listing = Files.list(kioskDir)) {
                assertThat(listing.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                        IdentityStore.KEY_FILE, IdentityStore.PROPERTIES_FILE);
            }

            Optional<TerminalIdentity> loaded = new IdentityStore(kioskDir).load();
            assertThat(loaded).get().satisfies(stored -> {
                assertThat(stored.terminalId()).isEqualTo(identity.terminalId());
                assertThat(stored.privateKey().getEncoded()).isEqualTo(identity.privateKey().getEncoded());
                assertThat(Ed25519Keys.encodePublicKey(stored.publicKey())).isEqualTo(Ed25519Keys.encodePublicKey(identity.publicKey()));
            });
        }
    }

    @Test
    void aWrongOrUsedCodeIsAClearErrorAndStoresNothing() throws Exception {
        String code = platform.enrollmentCode(PlatformUnderTest.HOHHOT);
        try (PlatformClient first = PlatformClient.create(platform.url()); PlatformClient second = PlatformClient.create(platform.url())) {
            assertThatThrownBy(() -> enrollment(first).enroll(PlatformUnderTest.HOHHOT.code(), "WRNG-CODE", "1.0"))
                    .isInstanceOfSatisfying(EnrollmentException.class,
                            e -> assertThat(e.reason()).isEqualTo(EnrollmentException.Reason.WRONG_CODE));
            assertThat(new IdentityStore(kioskDir).load()).isEmpty();

            enrollment(first).enroll(PlatformUnderTest.HOHHOT.code(), code, "1.0");
            assertThatThrownBy(() -> new Enrollment(second, new IdentityStore(kioskDir.resolve("other")), Clock.systemUTC())
                    .enroll(PlatformUnderTest.HOHHOT.code(), code, "1.0"))
                    .isInstanceOfSatisfying(EnrollmentException.class,
                            e -> assertThat(e.reason()).isEqualTo(EnrollmentException.Reason.WRONG_CODE));
        }
    }

    @Test
    void aCodeForAnotherStationIsRefused() {
        String baotouCode = platform.enrollmentCode(PlatformUnderTest.BAOTOU);
        try (PlatformClient client = PlatformClient.create(platform.url())) {
            assertThatThrownBy(() -> enrollment(client).enroll(PlatformUnderTest.HOHHOT.code(), baotouCode, "1.0"))
                    .isInstanceOfSatisfying(EnrollmentException.class,
                            e -> assertThat(e.reason()).isEqualTo(EnrollmentException.Reason.WRONG_CODE));
        }
    }

    @Test
    void anUnreachablePlatformIsAClearError() {
        try (PlatformClient client = PlatformClient.create("http://127.0.0.1:9/", HttpSettings.defaults()
                .withAttempts(1, Duration.ofMillis(1)))) {
            assertThatThrownBy(() -> enrollment(client).enroll(PlatformUnderTest.HOHHOT.code(), "ABCD-EFGH", "1.0"))
                    .isInstanceOfSatisfying(EnrollmentException.class, e -> {
                        assertThat(e.reason()).isEqualTo(EnrollmentException.Reason.PLATFORM_UNREACHABLE);
                        assertThat(e.getMessage()).contains("127.0.0.1:9");
                    });
        }
    }

    @Test
    void aRevokedTerminalIsReportedAsRevoked() throws Exception {
        try (PlatformClient client = PlatformClient.create(platform.url())) {
            TerminalIdentity identity = enrollment(client).enroll(PlatformUnderTest.HOHHOT.code(),
                    platform.enrollmentCode(PlatformUnderTest.HOHHOT), "1.0");
            platform.revoke(identity.terminalId());

            assertThat(enrollment(client).check()).isEqualTo(TerminalStatus.REVOKED);
        }
    }

    @Test
    void refusesAKeyFileThatDoesNotBelongToTheStoredTerminal() throws Exception {
        try (PlatformClient client = PlatformClient.create(platform.url())) {
            enrollment(client).enroll(PlatformUnderTest.HOHHOT.code(), platform.enrollmentCode(PlatformUnderTest.HOHHOT), "1.0");
        }
        org.lingong.platform.api.files.AtomicFiles.writeOwnerOnly(kioskDir.resolve(IdentityStore.KEY_FILE),
                java.util.Base64.getEncoder().encode(Ed25519Keys.generate().getPrivate().getEncoded()));

        assertThatThrownBy(() -> new IdentityStore(kioskDir).load()).hasMessageContaining("does not belong to the terminal");
    }

    @Test
    void refusesAStoredKeyOthersCanRead() throws Exception {
        try (PlatformClient client = PlatformClient.create(platform.url())) {
            enrollment(client).enroll(PlatformUnderTest.HOHHOT.code(), platform.enrollmentCode(PlatformUnderTest.HOHHOT), "1.0");
        }
        Files.setPosixFilePermissions(kioskDir.resolve(IdentityStore.KEY_FILE), PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> new IdentityStore(kioskDir).load()).hasMessageContaining("may be read by other users");
    }
}
