package org.lingong.kiosk.recognition;

import org.lingong.kiosk.registration.CardIdentity;
import org.lingong.kiosk.registration.RegistrationSink;
import org.lingong.kiosk.registration.WorkerRegistration;
import org.lingong.kiosk.worker.ActiveWorker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps the registration sink: once a registration with an ID card is kept, the card's holder becomes a
 * {@link KnownWorkers known worker} so that the same card (or the worker code) recognises them next time. The
 * registration stands even if remembering fails (the worker is then simply not recognised; a warning without
 * personal data is logged). Returns the wrapped sink's worker reference unchanged. Same threading as the sink.
 */
public final class RememberingRegistrationSink implements RegistrationSink {

    private static final Logger log = LoggerFactory.getLogger(RememberingRegistrationSink.class);

    private final RegistrationSink sink;
    private final KnownWorkers known;

    public RememberingRegistrationSink(RegistrationSink sink, KnownWorkers known) {
        this.sink = sink;
        this.known = known;
    }

    @Override
    public String submit(WorkerRegistration registration) throws Exception {
        String workerRef = sink.submit(registration);
        registration.identity().ifPresent(identity -> remember(identity, workerRef, registration.jobCategoryCodes()));
        return workerRef;
    }

    /** The wrapped sink. */
    public RegistrationSink delegate() {
        return sink;
    }

    private void remember(CardIdentity identity, String workerRef, java.util.List<String> workTypes) {
        try {
            known.remember(identity.documentNumber(),
                    new ActiveWorker(workerRef, identity.maskedName(), identity.maskedDocumentNumber(), workTypes));
        } catch (RuntimeException e) {
            log.warn("Registered worker could not be remembered for recognition: {}", e.getClass().getSimpleName());
        }
    }
}
