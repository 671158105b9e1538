package org.lingong.platform.client.remote;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lingong.platform.api.remote.CommandOutcome;
import org.lingong.platform.api.remote.CommandResult;
import org.lingong.platform.api.remote.TerminalSettings;

/**
 * A kiosk writing its remote configuration in a loop, in its own JVM, for the power-cut test: writes version
 * {@code from}, {@code from + 1}, … to the data directory and prints {@code saved N} after each write returns.
 * Arguments: dataDirectory from. Runs until killed.
 */
public final class RemoteStateWriteProcess {

    private RemoteStateWriteProcess() {
    }

    public static void main(String[] args) throws Exception {
        RemoteStateStore store = new RemoteStateStore(Path.of(args[0]));
        for (long version = Long.parseLong(args[1]); ; version++) {
            store.save(state(version));
            System.out.println("saved " + version);
            System.out.flush();
        }
    }

    /** A state whose every part tells its version, so a mix of two writes is seen. */
    static RemoteState state(long version) {
        List<CommandResult> results = new ArrayList<>();
        for (int i = 0; i < RemoteState.KEPT_COMMANDS; i++) {
            results.add(new CommandResult(new UUID(version, i), CommandOutcome.APPLIED, "v" + version + " #" + i));
        }
        return new RemoteState(new TerminalSettings(version, 60, 20, "驿站 v" + version, List.of("v" + version), 80, true,
                "INFO"), Instant.ofEpochSecond(version), results, null);
    }
}
