package org.lingong.kiosk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.lingong.kiosk.platform.PlatformUnderTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real reference platform (in-process, over HTTP, demo station and seed jobs) and the whole kiosk enrolled at it
 * with 1 s heartbeats, its data under {@code directory}; started once the kiosk is enrolled and holds jobs.
 */
final class KioskOnPlatform implements AutoCloseable {

    static final String STATION = PlatformUnderTest.DEMO_STATION;

    final PlatformUnderTest platform;
    final RunningKiosk kiosk;
    final KioskJourney journey;

    private KioskOnPlatform(PlatformUnderTest platform, RunningKiosk kiosk) {
        this.platform = platform;
        this.kiosk = kiosk;
        this.journey = new KioskJourney(kiosk);
    }

    static KioskOnPlatform start(Path directory, String... extraArgs) throws Exception {
        PlatformUnderTest platform = PlatformUnderTest.start(directory.resolve("platform"));
        List<String> args = new ArrayList<>(List.of("--kiosk.station.code=" + STATION, "--kiosk.station.name=测试驿站",
                "--kiosk.platform.url=" + platform.url(), "--kiosk.platform.enrollment-code=" + PlatformUnderTest.DEMO_CODE,
                "--kiosk.platform.data-dir=" + directory.resolve("kiosk"), "--kiosk.platform.heartbeat-interval=1s"));
        args.addAll(List.of(extraArgs));
        KioskOnPlatform both = new KioskOnPlatform(platform, RunningKiosk.start(args.toArray(String[]::new)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> both.journey.backend().identity().isPresent()
                && both.journey.backend().catalog().size() > 1);
        return both;
    }

    @Override
    public void close() throws Exception {
        try {
            kiosk.close();
        } finally {
            platform.close();
        }
    }
}
