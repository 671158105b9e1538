package org.lingong.platform.server.appointments;

import org.lingong.platform.server.testing.OnPostgres;

/** Every test of {@link StationCalendarSlotsTest}, over HTTP against a server on PostgreSQL (a private schema). */
@OnPostgres
class StationCalendarSlotsOnPostgresTest extends StationCalendarSlotsTest {
}
