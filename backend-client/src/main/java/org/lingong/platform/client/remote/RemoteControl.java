package org.lingong.platform.client.remote;

import java.io.IOException;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.lingong.platform.api.remote.CommandOutcome;
import org.lingong.platform.api.remote.CommandResult;
import org.lingong.platform.api.remote.ConfigRefusal;
import org.lingong.platform.api.remote.OrdersSignature;
import org.lingong.platform.api.remote.RemoteCommand;
import org.lingong.platform.api.remote.RemoteOrders;
import org.lingong.platform.api.remote.RemoteReport;
import org.lingong.platform.api.remote.SignedOrders;
import org.lingong.platform.api.remote.TerminalSettings;
import org.lingong.platform.client.enrollment.TerminalIdentity;
import org.lingong.platform.client.http.PlatformJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes the platform's signed orders and decides: orders are refused when unsigned, not signed by the platform key
 * pinned at enrollment, meant for another terminal, issued more than 5 minutes before the orders accepted last, or carrying a
 * configuration older than the one held or one that breaks the rules ({@link TerminalSettings#problem()}). The refusal
 * is kept and reported in the next heartbeat. Accepted orders are stored ({@link RemoteStateStore}) before they are
 * handed out; each command is handed out once, ever (marked taken in the stored state before it runs).
 *
 * <p>Thread-safe (synchronized); all methods write the state file, so call them off the UI thread.
 */
public final class RemoteControl {

    private static final Logger log = LoggerFactory.getLogger(RemoteControl.class);
    static final String INTERRUPTED = "interrupted before it finished";
    /** Platform instances' clocks may differ this much: orders issued up to this long before the last are not "older". */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private final RemoteStateStore store;
    private final Supplier<Optional<TerminalIdentity>> identity;
    private final JsonMapper json = PlatformJson.newMapper();
    private RemoteState state;

    public RemoteControl(RemoteStateStore store, Supplier<Optional<TerminalIdentity>> identity) throws IOException {
        this.store = store;
        this.identity = identity;
        this.state = store.load();
    }

    /** The configuration accepted last (applied at start-up before any heartbeat). */
    public synchronized Optional<TerminalSettings> settings() {
        return Optional.ofNullable(state.settings());
    }

    /** The heartbeat's report: the version held, the last refusal and the latest command results. */
    public synchronized RemoteReport report() {
        List<CommandResult> all = state.commands();
        return new RemoteReport(state.configVersion(), state.lastRefusal(),
                all.subList(Math.max(0, all.size() - RemoteReport.MAX_RESULTS), all.size()));
    }

    /**
     * Checks and stores orders.
     *
     * @return the new settings and commands, or empty if the orders were refused (the refusal is stored for the report)
     * @throws IOException if the state could not be stored (nothing is handed out then)
     */
    public synchronized Optional<AcceptedOrders> receive(SignedOrders signed) throws IOException {
        try {
            RemoteOrders orders = check(signed);
            TerminalSettings fresh = orders.settings() != null && orders.settings().version() > state.configVersion()
                    ? orders.settings() : null;
            Set<UUID> taken = state.commands().stream().map(CommandResult::id).collect(Collectors.toSet());
            List<RemoteCommand> commands = orders.commands().stream()
                    .filter(c -> c != null && c.id() != null && c.kind() != null && !taken.contains(c.id())).toList();
            List<CommandResult> results = new ArrayList<>(state.commands());
            commands.forEach(c -> results.add(new CommandResult(c.id(), CommandOutcome.FAILED, INTERRUPTED)));
            save(new RemoteState(fresh != null ? fresh : state.settings(), orders.issuedAt(), trim(results), null));
            if (fresh != null) {
                log.info("Remote configuration v{} accepted", fresh.version());
            }
            return Optional.of(new AcceptedOrders(fresh, commands));
        } catch (RemoteOrdersRefused refused) {
            log.warn("Remote orders refused: {} (version {})", refused.getMessage(), refused.version());
            save(new RemoteState(state.settings(), state.lastOrders(), state.commands(),
                    new ConfigRefusal(refused.version(), refused.getMessage())));
            return Optional.empty();
        }
    }

    /** Records how a command handed out by {@link #receive} ended; reported from the next heartbeat on. */
    public synchronized void finished(UUID commandId, CommandOutcome outcome, String detail) throws IOException {
        String shortDetail = detail == null ? null : detail.length() > 200 ? detail.substring(0, 200) : detail;
        List<CommandResult> results = new ArrayList<>(state.commands());
        results.replaceAll(r -> r.id().equals(commandId) ? new CommandResult(commandId, outcome, shortDetail) : r);
        save(new RemoteState(state.settings(), state.lastOrders(), results, state.lastRefusal()));
    }

    private RemoteOrders check(SignedOrders signed) throws RemoteOrdersRefused {
        TerminalIdentity me = identity.get().orElseThrow(() -> new RemoteOrdersRefused(0, "not-enrolled"));
        PublicKey pinned = me.platformKey();
        if (pinned == null) {
            throw new RemoteOrdersRefused(0, "no-pinned-key");
        }
        if (signed == null || signed.payload() == null || signed.signature() == null
                || signed.signature().isEmpty()) {
            throw new RemoteOrdersRefused(0, "unsigned");
        }
        byte[] payload;
        try {
            payload = OrdersSignature.verifiedPayload(pinned, signed);
        } catch (IllegalArgumentException e) {
            throw new RemoteOrdersRefused(0, "bad-signature");
        }
        RemoteOrders orders;
        try {
            orders = json.readValue(payload, RemoteOrders.class);
        } catch (JacksonException e) {
            throw new RemoteOrdersRefused(0, "unreadable");
        }
        long version = orders.settings() == null ? 0 : orders.settings().version();
        if (!me.terminalId().equals(orders.terminalId())) {
            throw new RemoteOrdersRefused(version, "wrong-terminal");
        }
        if (orders.issuedAt() == null || (state.lastOrders() != null
                && orders.issuedAt().isBefore(state.lastOrders().minus(CLOCK_TOLERANCE)))) {
            throw new RemoteOrdersRefused(version, "older-orders");
        }
        if (orders.settings() != null) {
            if (version < state.configVersion()) {
                throw new RemoteOrdersRefused(version, "older-version");
            }
            String problem = orders.settings().problem();
            if (problem != null) {
                throw new RemoteOrdersRefused(version, "invalid: " + problem);
            }
        }
        return orders;
    }

    private void save(RemoteState next) throws IOException {
        store.save(next);
        state = next;
    }

    private static List<CommandResult> trim(List<CommandResult> results) {
        return results.size() <= RemoteState.KEPT_COMMANDS ? results
                : results.subList(results.size() - RemoteState.KEPT_COMMANDS, results.size());
    }
}
