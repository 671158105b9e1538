package org.lingong.platform.server.workers;

import org.lingong.platform.server.testing.OnPostgres;

/** Every test of {@link WorkerAccountabilityTest}, over HTTP against a server on PostgreSQL (a private schema). */
@OnPostgres
class WorkerAccountabilityOnPostgresTest extends WorkerAccountabilityTest {
}
