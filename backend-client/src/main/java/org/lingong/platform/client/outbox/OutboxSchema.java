package org.lingong.platform.client.outbox;

import java.util.List;
import org.lingong.platform.client.storage.SqliteFile;

/** The outbox file format (version 1). */
final class OutboxSchema {

    /** ASCII "LGOB" in the SQLite header's application_id field. */
    static final SqliteFile.Format FORMAT = new SqliteFile.Format("Lingong outbox", SqliteFile.applicationId("LGOB"), 1, List.of(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB NOT NULL)",
            """
            CREATE TABLE event (
                seq            INTEGER PRIMARY KEY AUTOINCREMENT,
                event_id       TEXT    NOT NULL UNIQUE,
                type           TEXT    NOT NULL,
                worker_ref     TEXT,
                occurred_at    TEXT    NOT NULL,          -- ISO-8601 instant, as sent
                queued_at      INTEGER NOT NULL,          -- epoch ms
                payload        BLOB    NOT NULL,          -- AES-GCM nonce(12) || ciphertext || tag(16); AAD = event id
                state          TEXT    NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'PARKED')),
                attempts       INTEGER NOT NULL DEFAULT 0,
                outcome        TEXT,                      -- ACCEPTED / DUPLICATE when delivered
                problem_reason TEXT,
                problem_detail TEXT,
                settled_at     INTEGER                    -- epoch ms of delivery or parking
            )""",
            "CREATE INDEX event_state_seq ON event(state, seq)",
            "CREATE INDEX event_parked_worker ON event(worker_ref, seq) WHERE state = 'PARKED'",
            "CREATE INDEX event_delivered_at ON event(settled_at) WHERE state = 'DELIVERED'"));

    /** Meta key of a sealed constant proving that the key file belongs to this database. */
    static final String KEY_CHECK = "key-check";
    static final byte[] KEY_CHECK_PLAIN = "lingong-outbox-key-check-v1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private OutboxSchema() {
    }
}
