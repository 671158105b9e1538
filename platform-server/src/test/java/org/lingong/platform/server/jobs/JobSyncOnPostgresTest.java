package org.lingong.platform.server.jobs;

import org.lingong.platform.server.testing.OnPostgres;

/** Every test of {@link JobSyncTest}, over HTTP against a server on PostgreSQL (a private schema). */
@OnPostgres
class JobSyncOnPostgresTest extends JobSyncTest {
}
