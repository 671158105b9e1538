package org.lingong.platform.server.content;

import org.lingong.platform.server.testing.OnPostgres;

/** Policy pages authored in the console against PostgreSQL (a private schema), after V45 moved them to content items. */
@OnPostgres
class PolicyPageEditingOnPostgresTest extends PolicyPageEditingTest {
}
