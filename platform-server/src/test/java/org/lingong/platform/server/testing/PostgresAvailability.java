package org.lingong.platform.server.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a PostgreSQL test does when the server cannot be reached: on a developer's machine it is skipped with the
 * reason; under CI (environment variable {@code CI} set, as {@code .ci/run} runs) it fails, because CI guarantees
 * PostgreSQL on 127.0.0.1:5432 and a silent skip would hide a missing database.
 */
final class PostgresAvailability {

    private PostgresAvailability() {
    }

    static void require(boolean available, String reason) {
        if (available) {
            return;
        }
        String message = "PostgreSQL unavailable: " + reason;
        if (System.getenv("CI") != null) {
            Assertions.fail(message + " (CI must provide PostgreSQL on 127.0.0.1:5432, database test)");
        }
        Assumptions.abort(message);
    }
}
