package org.lingong.platform.server.remote;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lingong.platform.api.remote.CommandResult;
import org.lingong.platform.api.remote.OrdersSignature;
import org.lingong.platform.api.remote.RemoteCommand;
import org.lingong.platform.api.remote.RemoteOrders;
import org.lingong.platform.api.remote.RemoteReport;
import org.lingong.platform.api.remote.SignedOrders;
import org.lingong.platform.api.remote.TerminalSettings;
import org.lingong.platform.server.terminals.Terminal;
import org.springframework.stereotype.Service;
import tools.jackson.databind.ObjectMapper;

/**
 * The heartbeat's part of remote control: records the command results a terminal reports (what it reports applied
 * is written with the heartbeat's update of the terminal row), and answers with signed orders
 * (its configuration and its pending commands) when it holds an older configuration or commands wait. Kiosks that send
 * no report (before remote configuration) get no orders.
 */
@Service
public class RemoteOrdersService {

    private final SettingsRepository settings;
    private final CommandRepository commands;
    private final PlatformSigningKey key;
    private final ObjectMapper json;
    private final Clock clock;
    /** Every heartbeat asks for its terminal's version: cached per instance for a second. */
    private final Cache<String, Long> versions = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(1)).maximumSize(100_000).build();

    RemoteOrdersService(SettingsRepository settings, CommandRepository commands, PlatformSigningKey key,
                        ObjectMapper json, Clock clock) {
        this.settings = settings;
        this.commands = commands;
        this.key = key;
        this.json = json;
        this.clock = clock;
    }

    /** Validates a terminal's report; the problem in words, or null. */
    public static String problem(RemoteReport report) {
        if (report == null) {
            return null;
        }
        if (report.configVersion() < 0) {
            return "remote.configVersion must not be negative";
        }
        if (report.results().size() > RemoteReport.MAX_RESULTS
                || report.results().stream().anyMatch(r -> r == null || r.id() == null || r.outcome() == null)) {
            return "remote.results: at most " + RemoteReport.MAX_RESULTS + ", each with an id and an outcome";
        }
        if (report.lastRefusal() != null && (report.lastRefusal().reason() == null
                || report.lastRefusal().reason().length() > 150)) {
            return "remote.lastRefusal needs a reason of at most 150 characters";
        }
        return null;
    }

    /** Records the command results of a report (the rest of it goes into the heartbeat's own update, see {@link #refusal}). */
    public void recordResults(Terminal terminal, RemoteReport report) {
        if (report == null) {
            return;
        }
        Instant now = clock.instant();
        for (CommandResult result : report.results()) {
            commands.report(terminal.id(), result, now);
        }
    }

    /** The configuration the report says the kiosk refused last, in words for the console; null if none. */
    public static String refusal(RemoteReport report) {
        return report == null || report.lastRefusal() == null ? null
                : "v" + report.lastRefusal().version() + ": " + report.lastRefusal().reason();
    }

    /**
     * The orders to send after the report was recorded, if any.
     *
     * @param commandsMayWait false when the database holds no pending command for the terminal (so none is looked up)
     */
    public Optional<SignedOrders> orders(Terminal terminal, RemoteReport report, boolean commandsMayWait) {
        if (report == null) {
            return Optional.empty();
        }
        List<RemoteCommand> pending = commandsMayWait ? commands.pending(terminal.id()) : List.of();
        if (configVersion(terminal) <= report.configVersion() && pending.isEmpty()) {
            return Optional.empty();
        }
        Optional<TerminalSettings> current = settings.effective(terminal.id(), terminal.stationCode());
        RemoteOrders orders = new RemoteOrders(terminal.id(), clock.instant(), current.orElse(null), pending);
        return Optional.of(OrdersSignature.sign(key.privateKey(), json.writeValueAsBytes(orders)));
    }

    /** The version of the terminal's configuration (0: none); at most a second stale. */
    public long configVersion(Terminal terminal) {
        return versions.get(terminal.id(), id -> settings.effective(terminal.id(), terminal.stationCode())
                .map(TerminalSettings::version).orElse(0L));
    }
}
