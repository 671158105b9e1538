package org.lingong.kiosk.remote;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.lingong.devices.printer.codec.PrinterProfile;
import org.lingong.kiosk.printing.CurrentPrinterProfile;
import org.lingong.kiosk.status.DeviceStatus;
import org.lingong.platform.api.remote.RemoteProtocol;
import org.lingong.platform.api.remote.RemoteReport;
import org.lingong.platform.client.BackendClient;
import org.lingong.platform.client.outbox.OutboxStats;
import org.lingong.platform.client.outbox.ParkedEvent;

/**
 * The diagnostic bundle a technician reads when a kiosk misbehaves: versions, time and clock skew, outbox figures,
 * parked events (type and reason only), devices' states, the catalog's size and age, remote configuration and the
 * printer's paper width and QR mode in force, disk and memory, and the end of the log file. No personal data: the
 * structured part holds none by construction, and the log lines pass {@link Redaction}. At most
 * {@link RemoteProtocol#MAX_DIAGNOSTIC_BYTES} bytes (older log lines are dropped).
 */
public final class DiagnosticBundleBuilder {

    static final int LOG_LINES = 300;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss XXX");

    private final BackendClient backend;
    private final Supplier<List<DeviceStatus>> devices;
    private final Optional<Path> logFile;
    private final String appVersion;
    private final Clock clock;
    private final ZoneId zone;
    private final @Nullable CurrentPrinterProfile printer;

    public DiagnosticBundleBuilder(BackendClient backend, Supplier<List<DeviceStatus>> devices, Optional<Path> logFile,
            String appVersion, Clock clock, ZoneId zone) {
        this(backend, devices, logFile, appVersion, clock, zone, null);
    }

    /** @param printer the paper width and QR mode slips are printed with now; {@code null}: no printer line */
    public DiagnosticBundleBuilder(BackendClient backend, Supplier<List<DeviceStatus>> devices, Optional<Path> logFile,
            String appVersion, Clock clock, ZoneId zone, @Nullable CurrentPrinterProfile printer) {
        this.printer = printer;
        this.backend = backend;
        this.devices = devices;
        this.logFile = logFile;
        this.appVersion = appVersion;
        this.clock = clock;
        this.zone = zone;
    }

    public String build() {
        StringBuilder text = new StringBuilder(8192).append("Lingong kiosk diagnostic bundle\n");
        line(text, "created", TIME.format(clock.instant().atZone(zone)) + " (" + zone + ")");
        line(text, "app", appVersion + "; java " + System.getProperty("java.version") + "; "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        backend.identity().ifPresent(id -> line(text, "terminal", id.terminalId() + " of station " + id.stationCode()
                + (id.platformKey() == null ? " (no platform key pinned)" : "")));
        line(text, "clock skew", backend.clockSkew().map(skew -> skew.toMillis() + " ms").orElse("unknown"));
        OutboxStats stats = backend.outboxStats();
        line(text, "outbox", stats.depth() + " waiting, " + stats.parked() + " parked, oldest "
                + stats.oldestAge().toSeconds() + " s");
        for (ParkedEvent parked : backend.parkedEvents()) {
            line(text, "parked", parked.type() + " " + parked.reason() + " at " + parked.parkedAt());
        }
        for (DeviceStatus status : devices.get()) {
            line(text, "device", status.kind() + " " + status.state() + " " + status.problem() + " " + status.wordsKey());
        }
        line(text, "catalog", backend.catalog().size() + " jobs, refreshed "
                + backend.catalog().lastRefresh().map(at -> TIME.format(at.atZone(zone))).orElse("never"));
        RemoteReport remote = backend.remote().report();
        line(text, "remote", "configuration v" + remote.configVersion()
                + (remote.lastRefusal() == null ? "" : ", refused v" + remote.lastRefusal().version() + " ("
                + remote.lastRefusal().reason() + ")"));
        remote.results().forEach(r -> line(text, "command", r.id() + " " + r.outcome() + " " + r.detail()));
        if (printer != null) {
            PrinterProfile now = printer.get();
            line(text, "printer", now.paperWidthMm() + " mm paper, " + now.columns() + " columns, QR "
                    + (now.nativeQr() ? "native" : "image") + " (in force now)");
        }
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        line(text, "memory", heap.getUsed() / (1024 * 1024) + " MiB used of " + heap.getMax() / (1024 * 1024) + " MiB");
        String head = text.toString();
        return head + logTail(RemoteProtocol.MAX_DIAGNOSTIC_BYTES - head.getBytes(StandardCharsets.UTF_8).length - 100);
    }

    private String logTail(int budgetBytes) {
        if (logFile.isEmpty() || !Files.isReadable(logFile.get())) {
            return "--- no log file (logging.file.name not set) ---\n";
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(logFile.get(), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return "--- log file unreadable: " + e.getClass().getSimpleName() + " ---\n";
        }
        StringBuilder tail = new StringBuilder();
        int used = 0;
        List<String> last = lines.subList(Math.max(0, lines.size() - LOG_LINES), lines.size());
        for (int i = last.size() - 1; i >= 0; i--) {
            String line = Redaction.redact(last.get(i)) + "\n";
            used += line.getBytes(StandardCharsets.UTF_8).length;
            if (used > budgetBytes) {
                break;
            }
            tail.insert(0, line);
        }
        return "--- log, last lines, redacted ---\n" + tail;
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(label).append(": ").append(value).append('\n');
    }
}
