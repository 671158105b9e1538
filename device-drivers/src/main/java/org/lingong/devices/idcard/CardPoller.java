package org.lingong.devices.idcard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lingong.devices.idcard.codec.OpaqueBytes;
import org.lingong.devices.idcard.codec.SamResult;
import org.lingong.devices.transport.TransportException;

/**
 * Turns find/select/read polling into card placed / removed events, reading each placed card once.
 *
 * <p>One cycle ({@link #pollOnce()}): find card; if found, select; if no card was present before (or
 * the select reports a different card serial), read and emit {@link CardEvent.CardPlaced}. While a card
 * stays, "find OK + select OK" means the same card and nothing is re-read. Some readers stop answering
 * find for a card that was already read until it is lifted: when find says no card but a card was
 * present, the poller also tries select, and only a failed select means {@link CardEvent.CardRemoved}.
 * A card swapped between two cycles is noticed only when the reader reports non-zero, different select
 * serials; with all-zero serials it looks like the same card staying.
 *
 * <p>Threading: call from the port's owner thread only (it drives a {@link SamReaderSession}).
 */
public final class CardPoller {

    private final SamReaderSession session;
    private final ReadMode mode;
    private boolean present;
    private OpaqueBytes presentSerial = OpaqueBytes.EMPTY;

    public CardPoller(SamReaderSession session, ReadMode mode) {
        this.session = session;
        this.mode = mode;
    }

    /** Whether the poller believes a read card is lying on the reader. */
    public boolean cardPresent() {
        return present;
    }

    /**
     * Runs one poll cycle.
     *
     * @return the events of this cycle, in order (none, one, or removed + placed for a detected swap)
     * @throws TransportException broken I/O; the poller's state is kept, so polling may resume after a reconnect
     */
    public List<CardEvent> pollOnce() throws TransportException {
        List<CardEvent> events = new ArrayList<>(2);
        SamResult find = session.findCard();
        if (find.equals(SamResult.FIND_OK)) {
            onCardFound(events);
        } else if (find.equals(SamResult.FIND_FAILED)) {
            onNoCardFound(events);
        } else {
            events.add(new CardEvent.ReaderError(find));
        }
        return events;
    }

    /**
     * Polls every {@code interval} until the thread is interrupted, handing events to {@code listener}
     * on this thread.
     *
     * @throws TransportException broken I/O (the caller reconnects and may call again)
     */
    public void pollUntilInterrupted(Duration interval, Consumer<CardEvent> listener) throws TransportException {
        while (!Thread.currentThread().isInterrupted()) {
            pollOnce().forEach(listener);
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void onCardFound(List<CardEvent> events) throws TransportException {
        SamReaderSession.Selection selection = session.selectCard();
        if (!selection.isSelected()) {
            return; // card at the edge of the field: decide next cycle
        }
        if (present && selection.serial().equals(presentSerial)) {
            return; // the same card is still there
        }
        if (present) {
            markRemoved(events);
        }
        readCard(selection.serial(), events);
    }

    private void onNoCardFound(List<CardEvent> events) throws TransportException {
        if (!present) {
            return;
        }
        SamReaderSession.Selection selection = session.selectCard();
        if (selection.isSelected() && selection.serial().equals(presentSerial)) {
            return; // read card stays; this reader does not find it again until it is lifted
        }
        markRemoved(events);
    }

    private void readCard(OpaqueBytes serial, List<CardEvent> events) throws TransportException {
        CardReadOutcome outcome = session.readSelectedCard(mode);
        if (outcome instanceof CardReadOutcome.CardRead read) {
            present = true;
            presentSerial = serial;
            events.add(new CardEvent.CardPlaced(read.card()));
        } else {
            events.add(new CardEvent.CardUnreadable(outcome));
        }
    }

    private void markRemoved(List<CardEvent> events) {
        present = false;
        presentSerial = OpaqueBytes.EMPTY;
        events.add(new CardEvent.CardRemoved());
    }
}
