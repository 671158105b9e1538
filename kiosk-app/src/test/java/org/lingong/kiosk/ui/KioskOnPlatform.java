package org.lingong.kiosk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.lingong.testing.platform.PlatformUnderTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real reference platform (in-process, over HTTP, demo station and seed jobs) and the whole kiosk enrolled at it
 * with 1 s heartbeats, for all tests of a class: register it as
 * {@code @RegisterExtension static final KioskOnPlatform both = new KioskOnPlatform(extraKioskArgs...)}. Before the
 * class's {@code @BeforeAll} methods both are started in a fresh directory and the kiosk is enrolled and holds jobs;
 * after the class the kiosk, then the platform stop and the directory is removed.
 */
final class KioskOnPlatform implements BeforeAllCallback, AfterAllCallback {

    static final String STATION = PlatformUnderTest.DEMO_STATION;

    private final List<String> extraArgs;
    private Path directory;
    private PlatformUnderTest platform;
    private RunningKiosk kiosk;
    private KioskJourney journey;

    /** {@code extraArgs}: further kiosk arguments, e.g. {@code --kiosk.station.phone=...}. */
    KioskOnPlatform(String... extraArgs) {
        this.extraArgs = List.of(extraArgs);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        directory = Files.createTempDirectory("kiosk-on-platform");
        platform = PlatformUnderTest.start(PlatformUnderTest.Setup.DEMO, directory.resolve("platform"));
        List<String> args = new ArrayList<>(List.of("--kiosk.station.code=" + STATION, "--kiosk.station.name=测试驿站",
                "--kiosk.platform.url=" + platform.url(), "--kiosk.platform.enrollment-code=" + PlatformUnderTest.DEMO_CODE,
                "--kiosk.platform.data-dir=" + directory.resolve("kiosk"), "--kiosk.platform.heartbeat-interval=1s"));
        args.addAll(extraArgs);
        kiosk = RunningKiosk.start(args.toArray(String[]::new));
        journey = new KioskJourney(kiosk);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> journey.backend().identity().isPresent()
                && journey.backend().catalog().size() > 1);
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (kiosk != null) {
                kiosk.close();
            }
        } finally {
            try {
                if (platform != null) {
                    platform.close();
                }
            } finally {
                if (directory != null) {
                    delete(directory);
                }
            }
        }
    }

    PlatformUnderTest platform() {
        return started(platform);
    }

    RunningKiosk kiosk() {
        return started(kiosk);
    }

    KioskJourney journey() {
        return started(journey);
    }

    private static <T> T started(T part) {
        if (part == null) {
            throw new IllegalStateException("KioskOnPlatform is not started: register it with @RegisterExtension on a "
                    + "static field");
        }
        return part;
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not remove the test directory " + root, e);
                }
            });
        }
    }
}
