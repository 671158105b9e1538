package org.lingong.kiosk.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.lingong.kiosk.SpringStartup;
import org.lingong.kiosk.devices.DriverStatusSource;
import org.lingong.kiosk.status.DeviceKind;
import org.lingong.kiosk.status.DeviceStatus;
import org.lingong.testing.platform.PlatformUnderTest;
import org.springframework.context.ConfigurableApplicationContext;

/** The kiosk's Spring context (no JavaFX) at the demo station, pointed at a platform, and waits on its state. */
final class RunningKioskContext {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private RunningKioskContext() {
    }

    /** Starts the kiosk with heartbeats every second, its data under {@code dataDirectory}. */
    static ConfigurableApplicationContext start(String platformUrl, String enrollmentCode, Path dataDirectory,
            String... moreArguments) throws Exception {
        List<String> arguments = new java.util.ArrayList<>(List.of(
                "--kiosk.station.name=测试驿站", "--kiosk.station.code=" + PlatformUnderTest.DEMO_STATION,
                "--kiosk.platform.url=" + platformUrl, "--kiosk.platform.enrollment-code=" + enrollmentCode,
                "--kiosk.platform.data-dir=" + dataDirectory, "--kiosk.platform.heartbeat-interval=1s"));
        arguments.addAll(List.of(moreArguments));
        SpringStartup startup = SpringStartup.start(arguments);
        return startup.context().get(60, TimeUnit.SECONDS);
    }

    static DeviceStatus platformStatus(ConfigurableApplicationContext kiosk) {
        return kiosk.getBean(DriverStatusSource.class).snapshot().stream()
                .filter(status -> status.kind() == DeviceKind.PLATFORM).findFirst().orElseThrow();
    }

    static void awaitPlatformWords(ConfigurableApplicationContext kiosk, String wordsKey) throws Exception {
        await("platform status " + wordsKey, () -> platformStatus(kiosk).wordsKey().equals(wordsKey));
    }

    /** Waits for a condition the kiosk reaches in the background (no timing is asserted). */
    static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for: " + what);
            }
            Thread.sleep(100);
        }
    }
}
