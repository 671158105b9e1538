package org.lingong.platform.server.signing;

import org.lingong.platform.server.testing.OnPostgres;

/**
 * Every test of {@link TerminalFastLaneTest} against a server on PostgreSQL, where the fast lane spends each nonce
 * inside the endpoint's own statement (one round trip) and the full stack in a statement of its own.
 */
@OnPostgres
class TerminalFastLaneOnPostgresTest extends TerminalFastLaneTest {
}
