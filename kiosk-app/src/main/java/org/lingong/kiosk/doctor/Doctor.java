package org.lingong.kiosk.doctor;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.lingong.devices.transport.spec.TransportSpec;
import org.lingong.kiosk.config.DevicesProperties;
import org.lingong.kiosk.config.KioskConfigFile;
import org.lingong.kiosk.config.KioskProperties;
import org.lingong.kiosk.config.PlatformProperties;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lingong-kiosk doctor}: checks configuration, user, device ports, fonts, display, platform link, clock, data
 * folder and disk, and prints one plain report, one line per check ({@code OK}, {@code WARN}, {@code FAIL}). Exit
 * status 1 when any check failed, 0 otherwise.
 */
@Command(name = "lingong-kiosk doctor", mixinStandardHelpOptions = true,
        description = "Checks what the kiosk needs and prints one report; exit status 1 when a check failed.")
public final class Doctor implements Callable<Integer> {

    static final List<String> FONTS = List.of("/fonts/NotoSansSC-Regular.ttf", "/fonts/NotoSansSC-Bold.ttf");
    private static final Path DEFAULT_DATA = Path.of("/var/lib/lingong");

    @Option(names = "--config", defaultValue = "/etc/lingong/kiosk.yml", description = "the kiosk's configuration file")
    Path config;

    @Spec
    CommandSpec spec;

    private final Map<String, String> environment;
    private final Path root;
    private final Clock clock;
    private final Duration timeout;

    public Doctor() {
        this(System.getenv(), Path.of("/"), Clock.systemUTC(), Duration.ofSeconds(5));
    }

    Doctor(Map<String, String> environment, Path root, Clock clock, Duration timeout) {
        this.environment = environment;
        this.root = root;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    public Integer call() {
        List<Finding> findings = new ArrayList<>();
        String station = "station unknown";
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Path data = DEFAULT_DATA;
        findings.add(new UserCheck(root).check(System.getProperty("user.name")));
        try {
            KioskConfigFile file = KioskConfigFile.read(config);
            KioskProperties kiosk = file.kiosk();
            DevicesProperties devices = file.devices();
            PlatformProperties platform = file.platform();
            station = kiosk.station().code() + " " + kiosk.station().name();
            zone = kiosk.station().zoneId();
            data = platform.dataDirectory();
            findings.add(0, Finding.ok("config", String.join(" + ", file.files().stream().map(Path::toString).toList())));
            findings.addAll(new DeviceChecks(timeout).check(ports(devices)));
            findings.addAll(new PlatformCheck(timeout).check(platform));
        } catch (Exception e) {
            findings.add(0, Finding.fail("config", config + ": " + rootCause(e)));
        }
        MachineChecks machine = new MachineChecks(environment, root);
        findings.add(machine.fonts(FONTS));
        findings.add(machine.display());
        findings.add(machine.dataFolder(data));
        findings.add(machine.disk(data));
        print(spec.commandLine().getOut(), station, zone, findings);
        return findings.stream().anyMatch(f -> f.status() == Finding.Status.FAIL) ? 1 : 0;
    }

    private static Map<String, TransportSpec> ports(DevicesProperties devices) {
        Map<String, TransportSpec> ports = new LinkedHashMap<>();
        ports.put("idcard", devices.idcard().spec());
        ports.put("printer", devices.printer().spec());
        ports.put("scanner", devices.scanner().spec());
        return ports;
    }

    private void print(PrintWriter out, String station, ZoneId zone, List<Finding> findings) {
        String now = ZonedDateTime.now(clock.withZone(zone)).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"));
        out.println("Lingong kiosk doctor: version " + System.getProperty("lingong.version", "unknown") + ", " + station
                + ", " + now);
        findings.forEach(finding -> out.println(finding.line()));
        long failed = findings.stream().filter(f -> f.status() == Finding.Status.FAIL).count();
        long warned = findings.stream().filter(f -> f.status() == Finding.Status.WARN).count();
        out.println(failed == 0 ? "RESULT: all checks passed" + (warned == 0 ? "" : " (" + warned + " warning(s))")
                : "RESULT: " + failed + " check(s) FAILED, " + warned + " warning(s): read the FAIL lines to support");
        out.flush();
    }

    private static String rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "lingong-devices-logback.xml");
        }
        System.setProperty("java.awt.headless", "true");
        System.exit(new CommandLine(new Doctor()).execute(args));
    }
}
