package org.lingong.platform.client.remote;

import java.time.Instant;
import java.util.List;
import org.lingong.platform.api.remote.CommandResult;
import org.lingong.platform.api.remote.ConfigRefusal;
import org.lingong.platform.api.remote.TerminalSettings;

/**
 * What the kiosk keeps of remote control (the file {@code remote-state.json}).
 *
 * @param settings    the configuration accepted last, or null
 * @param lastOrders  when the platform issued the orders accepted last (older ones are refused), or null
 * @param commands    the commands taken, newest last, with their results (a command taken but not finished reads
 *                    FAILED "interrupted": it is never run twice); at most {@link #KEPT_COMMANDS}
 * @param lastRefusal the orders refused last, or null
 */
public record RemoteState(TerminalSettings settings, Instant lastOrders, List<CommandResult> commands,
                          ConfigRefusal lastRefusal) {

    /** Commands remembered for idempotence; the platform stops sending a command once its result arrived. */
    public static final int KEPT_COMMANDS = 200;

    public static final RemoteState EMPTY = new RemoteState(null, null, List.of(), null);

    public RemoteState {
        commands = commands == null ? List.of() : List.copyOf(commands);
    }

    public long configVersion() {
        return settings == null ? 0 : settings.version();
    }
}
