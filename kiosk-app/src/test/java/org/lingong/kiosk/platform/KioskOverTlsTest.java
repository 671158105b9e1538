package org.lingong.kiosk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.kiosk.platform.RunningKioskContext.awaitPlatformWords;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.platform.client.BackendClient;
import org.lingong.testing.platform.PlatformUnderTest;
import org.springframework.context.ConfigurableApplicationContext;

import okhttp3.tls.HeldCertificate;

/** The kiosk with {@code kiosk.platform.trusted-ca-file} enrolls at the real platform behind TLS from a private CA. */
class KioskOverTlsTest {

    @TempDir
    Path temp;

    @Test
    void theKioskTrustsThePrivateCaItIsGivenAndConnects() throws Exception {
        HeldCertificate ca = new HeldCertificate.Builder().certificateAuthority(0).commonName("Station test CA").build();
        HeldCertificate server = new HeldCertificate.Builder().signedBy(ca).addSubjectAlternativeName("localhost").build();
        Path caFile = Files.writeString(temp.resolve("ca.pem"), ca.certificatePem());
        Path chain = Files.writeString(temp.resolve("chain.pem"), server.certificatePem() + ca.certificatePem());
        Path key = Files.writeString(temp.resolve("key.pem"), server.privateKeyPkcs8Pem());

        try (PlatformUnderTest platform = PlatformUnderTest.startWithTls(PlatformUnderTest.Setup.DEMO, temp.resolve("platform"), chain, key);
                ConfigurableApplicationContext kiosk = RunningKioskContext.start(platform.url(),
                        PlatformUnderTest.DEMO_CODE, temp.resolve("kiosk"), "--kiosk.platform.trusted-ca-file=" + caFile)) {
            awaitPlatformWords(kiosk, "status.platform.connected");

            assertThat(platform.url()).startsWith("https://");
            assertThat(kiosk.getBean(BackendClient.class).identity()).isPresent();
            assertThat(platform.terminalsOf(PlatformUnderTest.DEMO_STATION)).isEqualTo(1);
        }
    }
}
