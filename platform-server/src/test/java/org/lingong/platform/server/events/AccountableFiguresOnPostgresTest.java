package org.lingong.platform.server.events;

import org.lingong.platform.server.testing.OnPostgres;

/** Every test of {@link AccountableFiguresTest}, over HTTP against a server on PostgreSQL (a private schema). */
@OnPostgres
class AccountableFiguresOnPostgresTest extends AccountableFiguresTest {
}
