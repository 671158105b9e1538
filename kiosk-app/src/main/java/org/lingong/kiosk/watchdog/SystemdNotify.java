package org.lingong.kiosk.watchdog;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * sd_notify through Debian's {@code systemd-notify} binary (Java 17 cannot send Unix datagrams). Since systemd 246 the
 * binary waits until the manager has read the message (a barrier), so the message is attributed to the unit although
 * the sender exits at once; the unit needs {@code NotifyAccess=all} because the kiosk is not its main process (cage
 * is).
 */
public final class SystemdNotify implements WatchdogNotifier {

    private static final Logger log = LoggerFactory.getLogger(SystemdNotify.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final String command;
    private final @Nullable String socket;

    /** @param socket the {@code NOTIFY_SOCKET} to send to; {@code null} leaves the one systemd gave this process */
    public SystemdNotify(String command, @Nullable String socket) {
        this.command = command;
        this.socket = socket;
    }

    /**
     * The watchdog interval systemd asked for, from a process environment: {@code WATCHDOG_USEC} with a
     * {@code NOTIFY_SOCKET}; empty when the kiosk does not run under a unit with {@code WatchdogSec}.
     * {@code WATCHDOG_PID} is not compared: it names cage, the unit's main process, which passed it on.
     */
    public static Optional<Duration> requestedInterval(Map<String, String> environment) {
        String socket = environment.get("NOTIFY_SOCKET");
        String micros = environment.get("WATCHDOG_USEC");
        if (socket == null || socket.isBlank() || micros == null) {
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(micros.strip());
            return value > 0 ? Optional.of(Duration.ofNanos(value * 1000)) : Optional.empty();
        } catch (NumberFormatException e) {
            log.warn("WATCHDOG_USEC is not a number ('{}'): watchdog off", micros);
            return Optional.empty();
        }
    }

    @Override
    public void notify(String state) {
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of(command, state)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            if (socket != null) {
                builder.environment().put("NOTIFY_SOCKET", socket);
            }
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                log.warn("{} {} did not finish within {} s", command, state, TIMEOUT.toSeconds());
            } else if (process.exitValue() != 0) {
                log.warn("{} {} failed with exit status {}", command, state, process.exitValue());
            }
        } catch (IOException e) {
            log.warn("Cannot run {}: {}", command, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
