package org.lingong.kiosk.remote;

import java.io.IOException;
import java.util.List;

import org.lingong.kiosk.platform.RemoteOrdersListener;
import org.lingong.platform.api.remote.CommandKind;
import org.lingong.platform.api.remote.RemoteCommand;
import org.lingong.platform.api.remote.SignedOrders;
import org.lingong.platform.client.remote.AcceptedOrders;
import org.lingong.platform.client.remote.RemoteControl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the kiosk does with the orders of a heartbeat answer: has them checked and stored ({@link RemoteControl}),
 * applies new settings live, runs each new command once and records its result (reported by the next heartbeat).
 * A restart comes last, after the other commands and once its own result is stored. Runs on the platform
 * connection's thread.
 */
public final class RemoteOrdersHandler implements RemoteOrdersListener {

    private static final Logger log = LoggerFactory.getLogger(RemoteOrdersHandler.class);

    private final RemoteControl control;
    private final LiveSettings live;
    private final RemoteCommands commands;
    private final KioskExit exit;

    public RemoteOrdersHandler(RemoteControl control, LiveSettings live, RemoteCommands commands, KioskExit exit) {
        this.control = control;
        this.live = live;
        this.commands = commands;
        this.exit = exit;
    }

    /** Applies the stored configuration at start, before the first heartbeat. */
    @Override
    public void applyStored() {
        control.settings().ifPresent(live::apply);
    }

    @Override
    public void handle(SignedOrders orders) {
        try {
            AcceptedOrders accepted = control.receive(orders).orElse(null);
            if (accepted == null) {
                return;
            }
            if (accepted.newSettings() != null) {
                log.info("Remote configuration v{} applied: {}", accepted.newSettings().version(),
                        live.apply(accepted.newSettings()));
            }
            List<RemoteCommand> ordered = accepted.commands().stream()
                    .sorted((a, b) -> Boolean.compare(a.kind() == CommandKind.RESTART, b.kind() == CommandKind.RESTART))
                    .toList();
            for (RemoteCommand command : ordered) {
                RemoteCommands.Outcome outcome = commands.run(command);
                control.finished(command.id(), outcome.outcome(), outcome.detail());
                log.info("Remote command {} {}: {}", command.kind(), outcome.outcome(), outcome.detail());
                if (command.kind() == CommandKind.RESTART) {
                    exit.restart();
                    return;
                }
            }
        } catch (IOException e) {
            log.warn("Remote orders not stored, so not applied: {}", e.toString());
        }
    }
}
