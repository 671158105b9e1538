package org.lingong.platform.server.problem;

import org.lingong.platform.server.testing.OnPostgres;

/** Every test of {@link NoServerErrorTest}, over HTTP against a server on PostgreSQL (a private schema). */
@OnPostgres
class NoServerErrorOnPostgresTest extends NoServerErrorTest {
}
