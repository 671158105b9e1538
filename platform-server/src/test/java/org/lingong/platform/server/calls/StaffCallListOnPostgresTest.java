package org.lingong.platform.server.calls;

import org.lingong.platform.server.testing.OnPostgres;

/** The live call list against PostgreSQL (a private schema): UUID keys, time windows and the once-only answer. */
@OnPostgres
class StaffCallListOnPostgresTest extends StaffCallListTest {
}
