package org.lingong.platform.server.signing;

import org.lingong.platform.server.testing.OnPostgres;

/** Every test of {@link SignedRequestTest}, over HTTP against a server on PostgreSQL (a private schema). */
@OnPostgres
class SignedRequestOnPostgresTest extends SignedRequestTest {
}
