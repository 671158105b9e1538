package org.lingong.kiosk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

import org.lingong.kiosk.KioskApp;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * On-demand harness (not part of the test run): the whole kiosk (Spring context + JavaFX on the Monocle headless
 * screen, in-process device simulators) runs {@code N} worker sessions (default 1,000) in one process, see
 * {@link KioskSessionDriver}: each registers a new fictional person, every fifth recognises the person of the session
 * before; the data directory is a fresh temporary one unless {@code --kiosk.platform.data-dir=} names one. Heap after GC, RSS and live threads are sampled every 10 sessions over the first and
 * the last 100 sessions (every 100 in between); class histograms after session 100 and at the end show whether any
 * session object accumulates. Prints tables to stdout. Run with {@code scripts/measure-kiosk-memory.sh}.
 *
 * <p>Usage: {@code SessionMemoryBench [sessions] [--kiosk.*=... app arguments]}
 */
public final class SessionMemoryBench {

    private static final int WINDOW = 100;
    private static final String[] WATCHED = {
        "org.lingong.kiosk.registration.RegistrationViewModel", "org.lingong.kiosk.registration.RegistrationDraft",
        "org.lingong.kiosk.registration.WorkerRegistration", "org.lingong.kiosk.registration.CardIdentity",
        "org.lingong.kiosk.registration.CardTexts", "org.lingong.kiosk.registration.RegistrationView",
        "org.lingong.kiosk.worker.PlacedCard", "org.lingong.kiosk.attract.AttractViewModel",
        "org.lingong.kiosk.attract.AttractView", "org.lingong.devices.idcard.codec.ResidentIdCard",
        "org.lingong.devices.idcard.CardEvent$CardPlaced", "javafx.scene.control.Label",
        "javafx.scene.control.Button", "javafx.scene.image.Image",
    };

    private SessionMemoryBench() {
    }

    public static void main(String[] args) throws Exception {
        headlessDefaults();
        int sessions = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 1000;
        List<String> appArgs = new ArrayList<>(List.of("--kiosk.station.name=测试区幸福路零工驿站",
                "--kiosk.station.code=ST-150102-900"));
        Arrays.stream(args).filter(a -> a.startsWith("--")).forEach(appArgs::add);
        if (appArgs.stream().noneMatch(a -> a.startsWith("--kiosk.platform.data-dir="))) {
            // no known workers or outbox left over from an earlier run: session 1 registers a new person
            appArgs.add("--kiosk.platform.data-dir=" + Files.createTempDirectory("kiosk-bench-"));
        }

        FxToolkit.registerPrimaryStage();
        KioskApp app = (KioskApp) FxToolkit.setupApplication(KioskApp.class, appArgs.toArray(String[]::new));
        app.shown().get(120, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        KioskSessionDriver driver = new KioskSessionDriver(app);

        List<MemorySample> samples = new ArrayList<>();
        settle();
        samples.add(MemorySample.after(0));
        Map<String, ListenerCounts.Count> listenersAfterFirstWindow = Map.of();
        Path firstWindowHistogram = Files.createTempFile("kiosk-histogram-", ".txt");
        long start = System.nanoTime();
        for (int n = 1; n <= sessions; n++) {
            driver.runSession(n);
            if (sampled(n, sessions)) {
                settle();
                samples.add(MemorySample.after(n));
                progress(n, sessions, start, samples.get(samples.size() - 1));
            }
            if (n == Math.min(WINDOW, sessions)) {
                listenersAfterFirstWindow = KioskSessionDriver.onFx(() -> ListenerCounts.of(driver.viewModels()));
                HeapHistogram.takeTo(firstWindowHistogram);
            }
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        Map<String, ListenerCounts.Count> listenersAtEnd = KioskSessionDriver.onFx(() -> ListenerCounts.of(driver.viewModels()));
        List<String> cachedTexts = KioskSessionDriver.onFx(TextLayoutCacheScan::cachedTexts);
        HeapHistogram atEnd = HeapHistogram.take();
        HeapHistogram afterFirstWindow = HeapHistogram.readFrom(firstWindowHistogram);
        Files.delete(firstWindowHistogram);

        long recognitions = IntStream.rangeClosed(1, sessions).filter(KioskSessionDriver::isRecognition).count();
        System.out.printf("%n=== SessionMemoryBench: %d sessions (%d registrations of new persons, %d recognitions) in "
                + "%.1f s (%.0f ms per session), Java %s, -Xmx %d MiB%n", sessions, sessions - recognitions,
                recognitions, elapsedMs / 1000.0, (double) elapsedMs / sessions, System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        printSamples(samples);
        printWindows(samples, sessions);
        printHistograms(afterFirstWindow, atEnd, Math.min(WINDOW, sessions), sessions);
        printListeners(listenersAfterFirstWindow, listenersAtEnd, Math.min(WINDOW, sessions), sessions);
        List<List<String>> secrets = KioskSessionDriver.secrets(sessions);
        System.out.printf("%nJavaFX text layout cache (PrismTextLayout.stringCache) after the last wipe: %d texts; "
                + "holding an unmasked full name: %d, an unmasked ID number: %d, an unmasked phone number: %d%n",
                cachedTexts.size(), TextLayoutCacheScan.countHolding(cachedTexts, secrets.get(0)),
                TextLayoutCacheScan.countHolding(cachedTexts, secrets.get(1)),
                TextLayoutCacheScan.countHolding(cachedTexts, secrets.get(2)));
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    /** Lets the renderer finish the last frame (its 1920×1080 software buffers are 8 MiB each) before sampling. */
    private static void settle() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean sampled(int n, int sessions) {
        return n % 10 == 0 && (n <= WINDOW || n > sessions - WINDOW) || n % 100 == 0;
    }

    private static void headlessDefaults() {
        String[][] defaults = {{"testfx.robot", "glass"}, {"testfx.headless", "true"}, {"glass.platform", "Monocle"},
            {"monocle.platform", "Headless"}, {"prism.order", "sw"}, {"prism.text", "t2k"},
            {"java.awt.headless", "true"}, {"headless.geometry", "1920x1080-32"},
            // as the kiosk's Launcher sets it (this bench starts KioskApp directly): no static text-layout cache
            {"prism.cacheLayoutSize", "0"}};
        for (String[] d : defaults) {
            if (System.getProperty(d[0]) == null) {
                System.setProperty(d[0], d[1]);
            }
        }
    }

    private static void progress(int n, int sessions, long start, MemorySample s) {
        System.err.printf("[bench] %4d/%d sessions, %5.1f s, heap %.1f MiB, RSS %.1f MiB%n", n, sessions,
                (System.nanoTime() - start) / 1e9, mib(s.heapUsedBytes()), mib(s.rssBytes()));
    }

    private static void printSamples(List<MemorySample> samples) {
        System.out.printf("%n| after session | heap used after GC (MiB) | heap committed (MiB) | non-heap used (MiB) "
                + "| RSS (MiB) | live threads |%n");
        System.out.printf("|---:|---:|---:|---:|---:|---:|%n");
        for (MemorySample s : samples) {
            System.out.printf("| %d | %.2f | %.0f | %.1f | %.1f | %d |%n", s.sessions(), mib(s.heapUsedBytes()),
                    mib(s.heapCommittedBytes()), mib(s.nonHeapUsedBytes()), mib(s.rssBytes()), s.threads());
        }
    }

    private static void printWindows(List<MemorySample> samples, int sessions) {
        List<MemorySample> first = samples.stream().filter(s -> s.sessions() >= 1 && s.sessions() <= WINDOW).toList();
        List<MemorySample> last = samples.stream().filter(s -> s.sessions() > sessions - WINDOW).toList();
        System.out.printf("%n| window | samples | heap mean / min / max (MiB) | RSS mean / min / max (MiB) |%n|---|---:|---|---|%n");
        printWindow("sessions 1-" + WINDOW, first);
        printWindow("sessions " + Math.max(1, sessions - WINDOW + 1) + "-" + sessions, last);
        System.out.printf("last minus first window: heap %+.2f MiB (mean), RSS %+.1f MiB (mean); "
                + "heap spread within the first window %.2f MiB%n",
                mib(mean(last, MemorySample::heapUsedBytes) - mean(first, MemorySample::heapUsedBytes)),
                mib(mean(last, MemorySample::rssBytes) - mean(first, MemorySample::rssBytes)),
                mib(spread(first, MemorySample::heapUsedBytes)));
    }

    private static void printWindow(String name, List<MemorySample> window) {
        System.out.printf("| %s | %d | %.2f / %.2f / %.2f | %.1f / %.1f / %.1f |%n", name, window.size(),
                mib(mean(window, MemorySample::heapUsedBytes)), mib(min(window, MemorySample::heapUsedBytes)),
                mib(max(window, MemorySample::heapUsedBytes)), mib(mean(window, MemorySample::rssBytes)),
                mib(min(window, MemorySample::rssBytes)), mib(max(window, MemorySample::rssBytes)));
    }

    private static void printHistograms(HeapHistogram before, HeapHistogram after, int n1, int n2) {
        System.out.printf("%n| live instances (class histogram) | after session %d | after session %d |%n|---|---:|---:|%n", n1, n2);
        for (String name : WATCHED) {
            System.out.printf("| %s | %d | %d |%n", name, before.of(name).instances(), after.of(name).instances());
        }
        for (String prefix : new String[] {"org.lingong.", "javafx."}) {
            HeapHistogram.Count b = before.ofPackage(prefix);
            HeapHistogram.Count a = after.ofPackage(prefix);
            System.out.printf("| all %s* (instances / KiB) | %d / %.1f | %d / %.1f |%n", prefix, b.instances(),
                    b.bytes() / 1024.0, a.instances(), a.bytes() / 1024.0);
        }
        System.out.printf("%nclasses whose live bytes grew most between session %d and %d (instances, bytes; harness classes left out):%n", n1, n2);
        after.classes().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("org.lingong.kiosk.bench."))
                .map(e -> Map.entry(e.getKey(), e.getValue().bytes() - before.of(e.getKey()).bytes()))
                .filter(e -> e.getValue() != 0)
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(15)
                .forEach(e -> System.out.printf("  %-70s %+8d instances %+10d bytes%n", e.getKey(),
                        after.of(e.getKey()).instances() - before.of(e.getKey()).instances(), e.getValue()));
    }

    private static void printListeners(Map<String, ListenerCounts.Count> before, Map<String, ListenerCounts.Count> after,
            int n1, int n2) {
        System.out.printf("%n| listeners on view-model observables | after session %d (listeners / slots) "
                + "| after session %d (listeners / slots) |%n|---|---:|---:|%n", n1, n2);
        var zero = new ListenerCounts.Count(0, 0);
        var names = new TreeSet<>(after.keySet());
        names.addAll(before.keySet());
        names.forEach(name -> {
            var b = before.getOrDefault(name, zero);
            var a = after.getOrDefault(name, zero);
            System.out.printf("| %s | %d / %d | %d / %d |%n", name, b.listeners(), b.slots(), a.listeners(), a.slots());
        });
    }

    private static double mean(List<MemorySample> s, ToLongFunction<MemorySample> f) {
        return s.stream().mapToLong(f).average().orElse(Double.NaN);
    }

    private static long min(List<MemorySample> s, ToLongFunction<MemorySample> f) {
        return s.stream().mapToLong(f).min().orElse(0);
    }

    private static long max(List<MemorySample> s, ToLongFunction<MemorySample> f) {
        return s.stream().mapToLong(f).max().orElse(0);
    }

    private static long spread(List<MemorySample> s, ToLongFunction<MemorySample> f) {
        return max(s, f) - min(s, f);
    }

    private static double mib(double bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
