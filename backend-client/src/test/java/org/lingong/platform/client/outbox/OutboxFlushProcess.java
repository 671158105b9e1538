package org.lingong.platform.client.outbox;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.client.enrollment.Enrollment;
import org.lingong.platform.client.enrollment.IdentityStore;
import org.lingong.platform.client.enrollment.TerminalIdentity;
import org.lingong.platform.client.http.PlatformClient;
import org.lingong.platform.client.testing.TestEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A kiosk in its own JVM, for the kill -9 test: loads the stored identity from the data directory,
 * queues {@code count} new events (may be 0) and flushes the outbox in batches of {@code batchSize}.
 * Arguments: dataDirectory count batchSize. Exit code 0 when the outbox is drained.
 */
public final class OutboxFlushProcess {

    private static final Logger log = LoggerFactory.getLogger(OutboxFlushProcess.class);

    private OutboxFlushProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        int batchSize = Integer.parseInt(args[2]);
        TerminalIdentity identity = new IdentityStore(dataDirectory).load().orElseThrow();
        try (PlatformClient client = PlatformClient.create(identity.platformUrl());
             Outbox outbox = Outbox.open(dataDirectory)) {
            new Enrollment(client, new IdentityStore(dataDirectory), Clock.systemUTC()).use(identity);
            if (count > 0) {
                List<EventEnvelope> events = TestEvents.anonymous(count);
                outbox.appendAll(events);
                log.info("queued {} events", count);
            }
            DispatchReport report = new OutboxDispatcher(outbox, client.api(),
                    DispatcherSettings.defaults().withBatchSize(batchSize), Clock.systemUTC()).flush();
            log.info("flush ended: {}", report);
            System.exit(report.stop() == DispatchReport.Stop.DRAINED ? 0 : 2);
        }
    }
}
