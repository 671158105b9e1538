package org.lingong.kiosk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lingong.kiosk.platform.RunningKioskContext.await;
import static org.lingong.kiosk.platform.RunningKioskContext.awaitPlatformWords;
import static org.lingong.kiosk.platform.RunningKioskContext.platformStatus;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lingong.kiosk.i18n.Messages;
import org.lingong.kiosk.status.DeviceState;
import org.lingong.platform.client.BackendClient;
import org.lingong.testing.platform.PlatformUnderTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Enrollment at start against the real platform when things go wrong: a wrong code is shown and not retried, an
 * unreachable platform is retried until it answers, and a revoked terminal says so.
 */
class PlatformEnrollmentTest {

    @TempDir
    Path temp;

    @Test
    void aWrongCodeIsShownInWordsAndNothingIsEnrolled() throws Exception {
        try (PlatformUnderTest platform = PlatformUnderTest.start(PlatformUnderTest.Setup.DEMO, temp.resolve("platform"));
                ConfigurableApplicationContext kiosk = RunningKioskContext.start(platform.url(), "WRONG-0000",
                        temp.resolve("kiosk"))) {
            await("wrong code shown", () -> platformStatus(kiosk).wordsKey().equals("status.platform.wrongCode"));

            assertThat(platformStatus(kiosk).state()).isEqualTo(DeviceState.OFFLINE);
            assertThat(kiosk.getBean(Messages.class).get("status.platform.wrongCode")).isEqualTo("注册码无效");
            assertThat(kiosk.getBean(PlatformConnection.class).link()).isEqualTo(PlatformLink.WRONG_CODE);
            assertThat(kiosk.getBean(BackendClient.class).identity()).isEmpty();
            assertThat(platform.terminalsOf(PlatformUnderTest.DEMO_STATION)).isZero();
        }
    }

    @Test
    void anUnreachablePlatformIsRetriedUntilItAnswersThenTheKioskEnrolls() throws Exception {
        try (PlatformUnderTest platform = PlatformUnderTest.start(PlatformUnderTest.Setup.DEMO, temp.resolve("platform"))) {
            platform.stop();
            try (ConfigurableApplicationContext kiosk = RunningKioskContext.start(platform.url(),
                    PlatformUnderTest.DEMO_CODE, temp.resolve("kiosk"))) {
                    await("unreachable shown", () -> kiosk.getBean(PlatformConnection.class).link()
                        == PlatformLink.UNREACHABLE
                        && platformStatus(kiosk).wordsKey().equals("status.platform.offline"));
                assertThat(kiosk.getBean(BackendClient.class).identity()).isEmpty();

                platform.restart();
                awaitPlatformWords(kiosk, "status.platform.connected");
                assertThat(kiosk.getBean(BackendClient.class).identity()).isPresent();
                assertThat(platform.terminalsOf(PlatformUnderTest.DEMO_STATION)).isEqualTo(1);
            }
        }
    }

    @Test
    void aRevokedTerminalSaysItIsDisabled() throws Exception {
        try (PlatformUnderTest platform = PlatformUnderTest.start(PlatformUnderTest.Setup.DEMO, temp.resolve("platform"));
                ConfigurableApplicationContext kiosk = RunningKioskContext.start(platform.url(),
                        PlatformUnderTest.DEMO_CODE, temp.resolve("kiosk"))) {
            awaitPlatformWords(kiosk, "status.platform.connected");

            platform.revokeTerminalsOf(PlatformUnderTest.DEMO_STATION);

            await("revoked shown", () -> platformStatus(kiosk).wordsKey().equals("status.platform.revoked"));
            assertThat(kiosk.getBean(Messages.class).get("status.platform.revoked")).isEqualTo("终端已停用");
        }
    }
}
