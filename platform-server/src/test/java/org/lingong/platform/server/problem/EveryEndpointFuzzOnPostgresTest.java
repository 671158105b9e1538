package org.lingong.platform.server.problem;

import org.lingong.platform.server.testing.OnPostgres;

/** {@link EveryEndpointFuzzTest}, every seed, against a server on PostgreSQL (a private schema). */
@OnPostgres
class EveryEndpointFuzzOnPostgresTest extends EveryEndpointFuzzTest {
}
