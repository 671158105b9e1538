package org.lingong.kiosk.content;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.lingong.kiosk.executor.TaskExecutor;
import org.lingong.kiosk.session.SessionScoped;
import org.lingong.kiosk.worker.ActiveWorker;
import org.lingong.kiosk.worker.WorkerSession;
import org.lingong.platform.api.events.SignUpTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This session's sign-ups: each item is sent once per session however often it is tapped (a failed one may be tried
 * again), with the identified worker's reference if there is one, else anonymously. Forgotten when the session is
 * wiped; an answer arriving after the wipe is dropped. JavaFX thread only.
 */
public final class SignUps implements SessionScoped {

    private static final Logger log = LoggerFactory.getLogger(SignUps.class);

    private record Item(SignUpTarget target, long id) {
    }

    private final SignUpSink sink;
    private final WorkerSession workers;
    private final TaskExecutor executor;
    private final Map<Item, SignUpState> states = new HashMap<>();
    private long session;

    public SignUps(SignUpSink sink, WorkerSession workers, TaskExecutor executor) {
        this.sink = sink;
        this.workers = workers;
        this.executor = executor;
    }

    public SignUpState stateOf(SignUpTarget target, long id) {
        return states.getOrDefault(new Item(target, id), SignUpState.NONE);
    }

    /**
     * Signs up for the item unless this session already did (or is doing so); {@code onState} gets each new state
     * (at once {@link SignUpState#SENDING}, then the outcome) or, for a repeat, the state it already has.
     */
    public void signUp(SignUpTarget target, long id, Consumer<SignUpState> onState) {
        Item item = new Item(target, id);
        SignUpState current = stateOf(target, id);
        if (current != SignUpState.NONE && current != SignUpState.FAILED) {
            onState.accept(current);
            return;
        }
        String workerRef = workers.current().map(ActiveWorker::workerRef).orElse(null);
        long askedIn = session;
        states.put(item, SignUpState.SENDING);
        onState.accept(SignUpState.SENDING);
        executor.submit(() -> {
            sink.send(target, id, workerRef);
            return workerRef == null ? SignUpState.SIGNED_UP_ANONYMOUSLY : SignUpState.SIGNED_UP;
        }, outcome -> settle(askedIn, item, outcome, onState), failure -> {
            log.warn("Sign-up for {} {} could not be recorded: {}", target, id, failure.toString());
            settle(askedIn, item, failure instanceof SignUpSink.WorkerRefused ? SignUpState.REFUSED
                    : SignUpState.FAILED, onState);
        });
    }

    private void settle(long askedIn, Item item, SignUpState outcome, Consumer<SignUpState> onState) {
        if (askedIn != session) {
            return;
        }
        states.put(item, outcome);
        onState.accept(outcome);
    }

    @Override
    public void clearSession() {
        states.clear();
        session++;
    }
}
