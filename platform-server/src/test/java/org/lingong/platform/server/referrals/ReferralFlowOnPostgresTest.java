package org.lingong.platform.server.referrals;

import org.lingong.platform.server.testing.OnPostgres;

/** Every test of {@link ReferralFlowTest}, over HTTP against a server on PostgreSQL (a private schema). */
@OnPostgres
class ReferralFlowOnPostgresTest extends ReferralFlowTest {
}
