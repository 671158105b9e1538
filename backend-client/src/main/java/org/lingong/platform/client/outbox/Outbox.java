package org.lingong.platform.client.outbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.lingong.platform.api.events.EventEnvelope;
import org.lingong.platform.api.events.EventPayload;
import org.lingong.platform.api.events.EventType;
import org.lingong.platform.client.storage.FieldCipher;
import org.lingong.platform.client.http.PlatformJson;
import org.lingong.platform.client.storage.SqliteFile;
import org.lingong.platform.client.storage.StoreFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kiosk's durable queue of events for the platform: an SQLite file ({@code outbox.db}) with its
 * AES-GCM key in a separate file ({@code outbox.key}, mode 600). {@link #append} returns only after
 * the event is committed and fsynced. Payloads (which hold ID numbers, names and phones) are stored
 * sealed; type, event id, time and the opaque worker reference are stored in clear for ordering and
 * staff views. Thread-safe. Delivery is the {@link OutboxDispatcher}'s job.
 */
public final class Outbox implements AutoCloseable {

    public static final String DATABASE_FILE = "outbox.db";
    public static final String KEY_FILE = "outbox.key";
    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final OutboxStore store;
    private final FieldCipher cipher;
    private final JsonMapper json;
    private final Clock clock;

    private Outbox(OutboxStore store, FieldCipher cipher, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.clock = clock;
        this.json = PlatformJson.newMapper();
    }

    /** Opens (or creates) the outbox in the kiosk's data directory. */
    public static Outbox open(Path dataDirectory) {
        return open(dataDirectory.resolve(DATABASE_FILE), dataDirectory.resolve(KEY_FILE), Clock.systemUTC());
    }

    /**
     * Opens (or creates) the outbox.
     *
     * @throws StoreFormatException if the file is not a Lingong outbox, is corrupted, or its key is missing or wrong
     */
    public static Outbox open(Path databaseFile, Path keyFile, Clock clock) {
        boolean existing = exists(databaseFile);
        byte[] newKey = existing ? null : keyForNewOutbox(keyFile);
        OutboxStore store = new OutboxStore(SqliteFile.open(databaseFile, OutboxSchema.FORMAT));
        FieldCipher cipher;
        try {
            cipher = new FieldCipher(existing ? readKey(keyFile, databaseFile) : newKey);
            checkKey(store, cipher, databaseFile);
        } catch (RuntimeException e) {
            closeQuietly(store);
            throw e;
        }
        return new Outbox(store, cipher, clock);
    }

    /**
     * Queues one event durably. Returns false if an event with this id is already queued (a repeated
     * append is harmless).
     *
     * @throws IllegalArgumentException if the payload does not fit the type or a worker event lacks its worker reference
     * @throws OutboxException if the database cannot be written; the event is then not queued
     */
    public boolean append(EventEnvelope event) {
        return appendAll(List.of(event)) == 1;
    }

    /** Queues events in one transaction (all or none); returns how many were new. */
    public int appendAll(List<EventEnvelope> events) {
        List<StoredEvent> rows = new ArrayList<>(events.size());
        for (EventEnvelope event : events) {
            rows.add(seal(validated(event)));
        }
        try {
            return store.insert(rows, clock.instant());
        } catch (SQLException e) {
            throw new OutboxException("could not queue " + events.size() + " event(s): " + e.getMessage(), e);
        }
    }

    public OutboxStats stats() {
        return query(() -> store.stats(clock.instant()));
    }

    public List<ParkedEvent> parked() {
        return query(store::parked);
    }

    /**
     * The event as queued, decrypted, in any state; empty if it was never queued, is purged or cannot be opened. For
     * staff views of parked events: the payload is personal data.
     */
    public Optional<EventEnvelope> event(UUID eventId) {
        StoredEvent row = query(() -> store.byEventId(eventId.toString()));
        if (row == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(open(row));
        } catch (FieldCipher.UnreadableFieldException | JacksonException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Whether the platform refused an event of this worker for good: their later events wait behind it. */
    public boolean hasParked(String workerRef) {
        return query(() -> store.hasParked(workerRef));
    }

    /** Staff action: queue a parked event again (at its old place). Returns false if it is not parked. */
    public boolean retryParked(UUID eventId) {
        return query(() -> store.unpark(eventId.toString())) == 1;
    }

    /** Staff action: queue every parked event again. */
    public int retryAllParked() {
        return query(() -> store.unpark(null));
    }

    /** Deletes delivered events older than {@code retention}; returns how many. */
    public int purgeDelivered(Duration retention) {
        return query(() -> store.purgeDeliveredBefore(clock.instant().minus(retention)));
    }

    /** Where the event is, or empty if it was never queued or already purged. */
    public Optional<EventState> state(UUID eventId) {
        String state = query(() -> store.stateOf(eventId.toString()));
        return Optional.ofNullable(state).map(EventState::valueOf);
    }

    /**
     * The next deliverable events, decrypted. Rows that cannot be opened (altered on disk) are parked
     * at once with reason {@code unreadable-locally} and left out.
     */
    List<OutgoingEvent> nextBatch(int limit) {
        List<StoredEvent> rows = query(() -> store.nextBatch(limit));
        List<OutgoingEvent> events = new ArrayList<>(rows.size());
        List<Settlement> unreadable = new ArrayList<>();
        for (StoredEvent row : rows) {
            try {
                events.add(new OutgoingEvent(row.seq(), open(row), row.attempts()));
            } catch (FieldCipher.UnreadableFieldException | JacksonException | IllegalArgumentException e) {
                log.error("Outbox event {} cannot be read back ({}); parked", row.eventId(), e.getClass().getSimpleName());
                unreadable.add(Settlement.parked(row.seq(), "unreadable-locally", "the stored event could not be decrypted or parsed"));
            }
        }
        if (!unreadable.isEmpty()) {
            settle(unreadable);
        }
        return events;
    }

    void settle(List<Settlement> settlements) {
        query(() -> {
            store.settle(settlements, clock.instant());
            return null;
        });
    }

    private StoredEvent seal(EventEnvelope event) {
        byte[] payload = json.writeValueAsBytes(event.payload());
        String eventId = event.eventId().toString();
        return new StoredEvent(0, eventId, event.type().name(), event.workerRef(), event.occurredAt().toString(),
                cipher.encrypt(payload, eventId.getBytes(StandardCharsets.US_ASCII)), 0);
    }

    private EventEnvelope open(StoredEvent row) {
        EventType type = EventType.valueOf(row.type());
        byte[] payload = cipher.decrypt(row.sealedPayload(), row.eventId().getBytes(StandardCharsets.US_ASCII));
        EventPayload typed = json.readValue(payload, type.payloadType());
        return new EventEnvelope(UUID.fromString(row.eventId()), type, Instant.parse(row.occurredAt()), row.workerRef(), typed);
    }

    private static EventEnvelope validated(EventEnvelope event) {
        Objects.requireNonNull(event.eventId(), "eventId");
        Objects.requireNonNull(event.type(), "type");
        Objects.requireNonNull(event.occurredAt(), "occurredAt");
        Objects.requireNonNull(event.payload(), "payload");
        if (!event.type().payloadType().isInstance(event.payload())) {
            throw new IllegalArgumentException(event.type() + " needs a " + event.type().payloadType().getSimpleName()
                    + " payload, not " + event.payload().getClass().getSimpleName());
        }
        if (event.type().needsWorker() && (event.workerRef() == null || event.workerRef().isBlank())) {
            throw new IllegalArgumentException(event.type() + " needs a workerRef");
        }
        return event;
    }

    private static void checkKey(OutboxStore store, FieldCipher cipher, Path databaseFile) {
        try {
            byte[] sealed = store.meta(OutboxSchema.KEY_CHECK);
            if (sealed == null) {
                store.putMeta(OutboxSchema.KEY_CHECK, cipher.encrypt(OutboxSchema.KEY_CHECK_PLAIN, OutboxSchema.KEY_CHECK.getBytes(StandardCharsets.US_ASCII)));
                return;
            }
            cipher.decrypt(sealed, OutboxSchema.KEY_CHECK.getBytes(StandardCharsets.US_ASCII));
        } catch (FieldCipher.UnreadableFieldException e) {
            throw new StoreFormatException(databaseFile, StoreFormatException.Problem.KEY_MISMATCH,
                    "the key file does not belong to this outbox; restore the right " + KEY_FILE);
        } catch (SQLException e) {
            throw new StoreFormatException(databaseFile, StoreFormatException.Problem.CORRUPTED,
                    "outbox tables are missing or unreadable: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Path file) {
        try {
            return Files.exists(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static byte[] readKey(Path keyFile, Path databaseFile) {
        try {
            return OutboxKeyFile.readExisting(keyFile, databaseFile);
        } catch (IOException e) {
            throw new OutboxException("cannot read the outbox key file " + keyFile + ": " + e.getMessage(), e);
        }
    }

    private static byte[] keyForNewOutbox(Path keyFile) {
        try {
            return Files.exists(keyFile) ? OutboxKeyFile.readExisting(keyFile, keyFile) : OutboxKeyFile.createNew(keyFile);
        } catch (IOException e) {
            throw new OutboxException("cannot create the outbox key file " + keyFile + ": " + e.getMessage(), e);
        }
    }

    private interface Query<T> {
        T run() throws SQLException;
    }

    private static <T> T query(Query<T> query) {
        try {
            return query.run();
        } catch (SQLException e) {
            throw new OutboxException("outbox database error: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(OutboxStore store) {
        try {
            store.close();
        } catch (SQLException e) {
            log.debug("closing a refused outbox failed", e);
        }
    }

    @Override
    public void close() {
        query(() -> {
            store.close();
            return null;
        });
    }
}
