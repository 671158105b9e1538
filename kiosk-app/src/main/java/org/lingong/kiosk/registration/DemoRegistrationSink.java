package org.lingong.kiosk.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo sink until the backend client's outbox is wired: keeps only how many registrations came
 * and their masked summaries ({@code 王*例 110***********1233 138****5678}), nothing unmasked.
 * Thread-safe.
 */
public final class DemoRegistrationSink implements RegistrationSink {

    private static final Logger log = LoggerFactory.getLogger(DemoRegistrationSink.class);

    private final List<String> maskedSummaries = new ArrayList<>();

    @Override
    public synchronized String submit(WorkerRegistration registration) {
        String summary = registration.identity()
                .map(id -> id.maskedName() + " " + id.maskedDocumentNumber())
                .orElse("-") + " " + registration.maskedPhone() + " " + registration.jobCategoryCodes();
        maskedSummaries.add(summary);
        log.info("Demo registration kept (masked): {}", summary);
        return "w-" + UUID.randomUUID();
    }

    public synchronized int count() {
        return maskedSummaries.size();
    }

    public synchronized List<String> maskedSummaries() {
        return List.copyOf(maskedSummaries);
    }
}
