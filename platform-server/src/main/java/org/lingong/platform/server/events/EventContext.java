package org.lingong.platform.server.events;

import java.time.Instant;
import java.time.LocalDate;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.server.support.DbTime;
import org.lingong.platform.server.terminals.Terminal;

/** One event being applied, with the terminal that sent it and the time it arrived. */
record EventContext(EventEnvelope event, Terminal terminal, Instant receivedAt) {

    LocalDate statDay() {
        return DbTime.statDay(event.occurredAt());
    }
}
