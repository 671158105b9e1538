package org.lingong.platform.api.remote;

import java.time.Instant;
import java.util.List;

/**
 * What the platform tells one terminal, signed as a whole ({@link SignedOrders}).
 *
 * @param terminalId the terminal these orders are for: a kiosk refuses orders for another terminal
 * @param issuedAt   when the platform made them; a kiosk refuses orders older than the last it accepted
 * @param settings   the terminal's current configuration, or null if the platform holds none for it
 * @param commands   commands not yet reported done, oldest first
 */
public record RemoteOrders(String terminalId, Instant issuedAt, TerminalSettings settings, List<RemoteCommand> commands) {

    public RemoteOrders {
        commands = commands == null ? List.of() : List.copyOf(commands);
    }
}
