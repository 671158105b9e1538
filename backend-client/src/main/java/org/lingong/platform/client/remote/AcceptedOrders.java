package org.lingong.platform.client.remote;

import java.util.List;
import org.lingong.platform.api.remote.RemoteCommand;
import org.lingong.platform.api.remote.TerminalSettings;

/**
 * Orders that passed every check and are stored.
 *
 * @param newSettings settings newer than the kiosk held (to apply now), or null if nothing changed
 * @param commands    commands never taken before, oldest first: run each, then report it through
 *                    {@link RemoteControl#finished}
 */
public record AcceptedOrders(TerminalSettings newSettings, List<RemoteCommand> commands) {
}
